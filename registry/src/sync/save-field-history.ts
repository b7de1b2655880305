import type { MergeApplied } from '../../../shared/sync/merge/merge-context';
import type { Queryable } from '../db/db';

/**
 * Keeps the values an op merged away (field history); an erasure first deletes every trace of
 * the record's former values: its history and the field changes in its change-log entries.
 */
export async function saveFieldHistory(
  tx: Queryable,
  recordId: string,
  result: MergeApplied,
): Promise<void> {
  if (result.purgeHistory) {
    await tx.query('DELETE FROM field_history WHERE record_id = $1', [recordId]);
    await tx.query('UPDATE changes SET fields = NULL WHERE record_id = $1 AND fields IS NOT NULL', [
      recordId,
    ]);
  }
  if (result.history.length === 0) return;
  await tx.query(
    `INSERT INTO field_history (record_id, field, value, author, reason, rev, at)
     SELECT (e ->> 'recordId')::uuid, e ->> 'field', e -> 'value', e -> 'by', e ->> 'reason',
            (e ->> 'rev')::integer, e ->> 'at'
     FROM jsonb_array_elements($1::jsonb) AS e`,
    [JSON.stringify(result.history.map((entry) => ({ ...entry, by: entry.by ?? null })))],
  );
}
