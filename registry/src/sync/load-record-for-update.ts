import type { RecordType } from '../../../shared/domain/record-envelope';
import type { JsonObject } from '../../../shared/sync/json';
import type { Conflict } from '../../../shared/sync/protocol/conflict';
import type { FieldMeta, RecordState } from '../../../shared/sync/merge/record-state';
import type { ScopeFacts } from '../../../shared/sync/scope/scope';
import type { Queryable } from '../db/db';

/** A record as the registry keeps it: the merge core's state and the facts it is seen by. */
export interface StoredRecord {
  readonly state: RecordState;
  /** Its scope facts; an erased record keeps those it had before the erasure. */
  readonly facts: ScopeFacts;
  /** Its conflicts, open and closed, oldest first (what the merge core is given). */
  readonly conflicts: Conflict[];
}

interface RecordRow {
  id: string;
  type: RecordType;
  office_id: string;
  rev: number;
  data: JsonObject;
  extra: JsonObject;
  field_meta: Record<string, FieldMeta>;
  deleted: boolean;
  erased: boolean;
  merged_into: string | null;
  created_hlc: string;
  updated_hlc: string;
  scope_facts: ScopeFacts;
  conflicts: Conflict[];
}

/**
 * Loads a record with its conflicts and locks its row until the transaction ends; null when it
 * does not exist.
 */
export async function loadRecordForUpdate(
  tx: Queryable,
  recordId: string,
): Promise<StoredRecord | null> {
  const { rows } = await tx.query<RecordRow>(
    `SELECT id, type, office_id, rev, data, extra, field_meta, deleted, erased, merged_into,
            created_hlc, updated_hlc, scope_facts,
            COALESCE((SELECT json_agg(c.body ORDER BY c.created_at, c.id) FROM conflicts c
                      WHERE c.record_id = r.id), '[]'::json) AS conflicts
     FROM records r WHERE id = $1 FOR UPDATE`,
    [recordId],
  );
  const row = rows[0];
  if (!row) return null;
  const state: RecordState = {
    recordId: row.id,
    recordType: row.type,
    officeId: row.office_id,
    rev: row.rev,
    data: row.data,
    extra: row.extra,
    deleted: row.deleted,
    mergedInto: row.merged_into,
    erased: row.erased,
    fieldMeta: row.field_meta,
    createdHlc: row.created_hlc,
    updatedHlc: row.updated_hlc,
  };
  return { state, facts: row.scope_facts, conflicts: row.conflicts };
}
