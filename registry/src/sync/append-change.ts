import type { FieldChanges, Op } from '../../../shared/sync/op';
import type { ChangeBody } from '../../../shared/sync/protocol/change';
import type { ScopeFacts } from '../../../shared/sync/scope/scope';
import type { Queryable } from '../db/db';
import { scopeColumns } from './scope-columns';
import { changeScopeKeys } from './scope-keys';

export interface NewChange {
  readonly body: ChangeBody;
  /** The op that caused it. */
  readonly op: Op;
  /** The field changes it applied (null: a conflict, a delete, an erasure). */
  readonly fields: FieldChanges | null;
  /** The record's scope facts before and after the change (null: it did not exist). */
  readonly before: ScopeFacts | null;
  readonly after: ScopeFacts;
}

/**
 * Appends one entry to the change log with its scope keys, in one statement; returns its seq.
 * The caller holds the change-log lock (see lockChangeLog).
 */
export async function appendChange(tx: Queryable, change: NewChange): Promise<number> {
  const { body, op, after } = change;
  const { residenceCountry, originRegion } = scopeColumns(after);
  const { rows } = await tx.query<{ seq: number }>(
    `WITH c AS (
       INSERT INTO changes (record_id, record_type, rev, kind, op_id, office_id, residence_country,
                            origin_region, fields, hlc, device_id, user_id, scope_before,
                            scope_after, conflict_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13::jsonb, $14::jsonb,
               $15)
       RETURNING seq),
     k AS (INSERT INTO change_keys (scope_key, seq) SELECT key, c.seq FROM c, unnest($16::text[]) AS key)
     SELECT seq FROM c`,
    [
      body.recordId,
      body.recordType,
      body.rev,
      body.kind === 'conflict' ? 'conflict' : op.kind,
      op.opId,
      body.officeId,
      residenceCountry,
      originRegion,
      change.fields === null ? null : JSON.stringify(change.fields),
      body.hlc,
      op.deviceId,
      op.userId,
      change.before === null ? null : JSON.stringify(change.before),
      JSON.stringify(after),
      body.kind === 'conflict' ? body.conflict.id : null,
      changeScopeKeys(change.before, after),
    ],
  );
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error('INSERT ... RETURNING gave no row');
  return seq;
}
