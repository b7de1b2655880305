import type { RecordState } from '../../../shared/sync/merge/record-state';
import type { ScopeFacts } from '../../../shared/sync/scope/scope';
import type { Queryable } from '../db/db';
import { scopeColumns } from './scope-columns';

/** Writes a record's new state (insert or update), with the seq of the change that made it. */
export async function saveRecord(
  tx: Queryable,
  state: RecordState,
  facts: ScopeFacts,
  seq: number,
  now: Date,
): Promise<void> {
  const { residenceCountry, originRegion } = scopeColumns(facts);
  await tx.query(
    `INSERT INTO records (id, type, office_id, rev, data, extra, field_meta, residence_country,
                          origin_region, deleted, erased, merged_into, created_at, updated_at,
                          updated_seq, created_hlc, updated_hlc, scope_facts)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8, $9, $10, $11, $12, $13, $13,
             $14, $15, $16, $17::jsonb)
     ON CONFLICT (id) DO UPDATE SET
       rev = EXCLUDED.rev, data = EXCLUDED.data, extra = EXCLUDED.extra,
       field_meta = EXCLUDED.field_meta, residence_country = EXCLUDED.residence_country,
       origin_region = EXCLUDED.origin_region, deleted = EXCLUDED.deleted,
       erased = EXCLUDED.erased, merged_into = EXCLUDED.merged_into,
       updated_at = EXCLUDED.updated_at, updated_seq = EXCLUDED.updated_seq,
       updated_hlc = EXCLUDED.updated_hlc, scope_facts = EXCLUDED.scope_facts`,
    [
      state.recordId,
      state.recordType,
      state.officeId,
      state.rev,
      JSON.stringify(state.data),
      JSON.stringify(state.extra),
      JSON.stringify(state.fieldMeta),
      residenceCountry,
      originRegion,
      state.deleted || state.erased,
      state.erased,
      state.mergedInto,
      now,
      seq,
      state.createdHlc,
      state.updatedHlc,
      JSON.stringify(facts),
    ],
  );
}
