import type { RecordType } from '../../../shared/domain/record-envelope';
import type { Conflict } from '../../../shared/sync/protocol/conflict';
import type { ScopeFacts } from '../../../shared/sync/scope/scope';
import type { Db } from '../db/db';
import type { PulledRow } from './pulled-row';

export interface PullRows {
  /** The log's last seq in the same snapshot as the rows (0 when empty). */
  readonly head: number;
  /** At most `limit` entries filed under the office's keys after the cursor, in seq order. */
  readonly rows: PulledRow[];
}

interface Row {
  head: number;
  seq: number | null;
  record_id: string;
  record_type: RecordType;
  rev: number;
  kind: string;
  office_id: string;
  hlc: string;
  scope_before: ScopeFacts | null;
  scope_after: ScopeFacts;
  current_rev: number | null;
  record_office_id: string;
  data_json: string;
  extra_json: string;
  deleted: boolean;
  erased: boolean;
  merged_into: string | null;
  updated_hlc: string;
  scope_facts: ScopeFacts;
  conflict: Conflict | null;
}

/**
 * One statement, so the head and the page come from one snapshot: per scope key of the office,
 * an index range scan of `change_keys` after the cursor in seq order (LIMIT n each: a page reads
 * at most n entries per key, however long the log), merged and cut to n, then each entry with
 * its record's and conflict's current state.
 */
const PULL_SQL = `
WITH head AS (SELECT COALESCE(MAX(seq), 0) AS head FROM changes),
hits AS (
  SELECT DISTINCT s.seq FROM unnest($2::text[]) AS k(scope_key)
  CROSS JOIN LATERAL (
    SELECT ck.seq FROM change_keys ck
    WHERE ck.scope_key = k.scope_key AND ck.seq > $1 ORDER BY ck.seq LIMIT $3) s
  ORDER BY s.seq LIMIT $3)
SELECT head.head, c.seq, c.record_id, c.record_type, c.rev, c.kind, c.office_id, c.hlc,
       c.scope_before, c.scope_after, r.rev AS current_rev, r.office_id AS record_office_id,
       r.data::text AS data_json, r.extra::text AS extra_json, r.deleted, r.erased, r.merged_into, r.updated_hlc, r.scope_facts,
       f.body AS conflict
FROM head
LEFT JOIN (hits JOIN changes c ON c.seq = hits.seq
           LEFT JOIN records r ON r.id = c.record_id
           LEFT JOIN conflicts f ON f.id = c.conflict_id) ON true
ORDER BY c.seq`;

export async function queryPullRows(
  db: Db,
  keys: readonly string[],
  cursor: number,
  limit: number,
): Promise<PullRows> {
  const { rows } = await db.transaction(async (tx) => {
    // The planner cannot know how many entries a key has (one key is every person), guesses
    // few, and would read all of them after the cursor to sort them (a bitmap scan): an initial
    // sync would then read the log once per page. Without bitmap scans it walks the index in
    // seq order and stops at the limit.
    await tx.query('SET LOCAL enable_bitmapscan = off');
    return tx.query<Row>(PULL_SQL, [cursor, keys, limit]);
  });
  const head = rows[0]?.head ?? 0;
  return { head, rows: rows.filter((row) => row.seq !== null).map(toPulledRow) };
}

function toPulledRow(row: Row): PulledRow {
  return {
    seq: row.seq ?? 0,
    recordId: row.record_id,
    recordType: row.record_type,
    rev: row.rev,
    isConflict: row.kind === 'conflict',
    officeId: row.office_id,
    hlc: row.hlc,
    scopeBefore: row.scope_before,
    scopeAfter: row.scope_after,
    current:
      row.current_rev === null
        ? null
        : {
            rev: row.current_rev,
            officeId: row.record_office_id,
            dataJson: row.data_json,
            extraJson: row.extra_json,
            deleted: row.deleted,
            erased: row.erased,
            mergedInto: row.merged_into,
            updatedHlc: row.updated_hlc,
            facts: row.scope_facts,
          },
    conflict: row.conflict,
  };
}
