import type { Conflict } from '../../../shared/sync/protocol/conflict';
import { DELETED_FIELD } from '../../../shared/sync/merge/record-state';
import type { Queryable } from '../db/db';

function statusOf(conflict: Conflict): 'open' | 'resolved' | 'superseded' {
  if (conflict.status === 'open') return 'open';
  return conflict.resolution?.kind === 'superseded' ? 'superseded' : 'resolved';
}

/** Stores new conflicts and the new state of existing ones (closed, superseded, blanked). */
export async function saveConflict(tx: Queryable, conflict: Conflict, now: Date): Promise<void> {
  const isDeleteEdit = conflict.field === DELETED_FIELD;
  const json = (value: unknown) => JSON.stringify(value ?? null);
  await tx.query(
    `INSERT INTO conflicts (id, record_id, kind, field, base_value, registry_value, incoming_value,
                            registry_by, incoming_by, record_rev, status, resolved_by_op,
                            created_at, resolved_at, body)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11, $12,
             $13, CASE WHEN $11 = 'open' THEN NULL ELSE $13::timestamptz END, $14::jsonb)
     ON CONFLICT (id) DO UPDATE SET
       base_value = EXCLUDED.base_value, registry_value = EXCLUDED.registry_value,
       incoming_value = EXCLUDED.incoming_value, status = EXCLUDED.status,
       resolved_by_op = EXCLUDED.resolved_by_op,
       resolved_at = COALESCE(conflicts.resolved_at, EXCLUDED.resolved_at), body = EXCLUDED.body`,
    [
      conflict.id,
      conflict.recordId,
      isDeleteEdit ? 'delete-edit' : 'field',
      isDeleteEdit ? null : conflict.field,
      json(conflict.base),
      json(conflict.registry),
      json(conflict.incoming),
      json(conflict.registryBy),
      json(conflict.incomingBy),
      conflict.rev,
      statusOf(conflict),
      conflict.resolution?.by.opId ?? null,
      now,
      JSON.stringify(conflict),
    ],
  );
}
