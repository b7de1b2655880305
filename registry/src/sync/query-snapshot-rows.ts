import type { RecordType } from '../../../shared/domain/record-envelope';
import type { Conflict } from '../../../shared/sync/protocol/conflict';
import type { ScopeFacts } from '../../../shared/sync/scope/scope';
import type { Db } from '../db/db';
import type { PulledRow } from './pulled-row';

interface Row {
  seq: number;
  record_id: string;
  record_type: RecordType;
  rev: number;
  office_id: string;
  data_json: string;
  extra_json: string;
  deleted: boolean;
  erased: boolean;
  merged_into: string | null;
  updated_hlc: string;
  scope_facts: ScopeFacts;
  conflicts: Conflict[];
}

export interface SnapshotRows {
  /** The log's head now (the snapshot's cursor when it starts). */
  readonly head: number;
  /** Records (and then each one's conflicts) as pull rows, in `updated_seq` order. */
  readonly rows: PulledRow[];
  /** The last record position read, and how many records were read. */
  readonly last: number;
  readonly read: number;
}

/**
 * Records whose last change is after `after` and at most `upTo`, in that order, at most `scan`
 * of them, each with every conflict of the record; and the log's head, in the same transaction.
 */
const SNAPSHOT_SQL = `
SELECT r.updated_seq AS seq,
       r.id AS record_id, r.type AS record_type, r.rev, r.office_id,
       r.data::text AS data_json, r.extra::text AS extra_json, r.deleted, r.erased,
       r.merged_into, r.updated_hlc, r.scope_facts,
       COALESCE((SELECT json_agg(f.body ORDER BY f.id) FROM conflicts f
                 WHERE f.record_id = r.id), '[]'::json) AS conflicts
FROM records r
WHERE r.updated_seq > $1 AND r.updated_seq <= COALESCE($2, r.updated_seq)
ORDER BY r.updated_seq LIMIT $3`;

export async function querySnapshotRows(
  db: Db,
  after: number,
  upTo: number | null,
  scan: number,
): Promise<SnapshotRows> {
  const [{ rows }, head] = await db.transaction(async (tx) => [
    await tx.query<Row>(SNAPSHOT_SQL, [after, upTo, scan]),
    await tx.query<{ head: number }>('SELECT COALESCE(MAX(seq), 0) AS head FROM changes'),
  ]);
  return {
    head: head.rows[0]?.head ?? 0,
    rows: rows.flatMap(toPulledRows),
    last: rows.at(-1)?.seq ?? after,
    read: rows.length,
  };
}

function toPulledRows(row: Row): PulledRow[] {
  const facts = row.scope_facts;
  const record: PulledRow = {
    seq: row.seq,
    recordId: row.record_id,
    recordType: row.record_type,
    rev: row.rev,
    isConflict: false,
    officeId: row.office_id,
    hlc: row.updated_hlc,
    scopeBefore: facts,
    scopeAfter: facts,
    current: {
      rev: row.rev,
      officeId: row.office_id,
      dataJson: row.data_json,
      extraJson: row.extra_json,
      deleted: row.deleted,
      erased: row.erased,
      mergedInto: row.merged_into,
      updatedHlc: row.updated_hlc,
      facts,
    },
    conflict: null,
  };
  return [record, ...row.conflicts.map((conflict) => ({ ...record, isConflict: true, conflict }))];
}
