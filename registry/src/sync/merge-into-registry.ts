import { rulesFor } from '../../../shared/sync/merge/domain-rules';
import { mergeOp } from '../../../shared/sync/merge/merge-op';
import { pushResultOf } from '../../../shared/sync/merge/push-result-of';
import type { Op } from '../../../shared/sync/op';
import type { StoredResult } from '../../../shared/sync/protocol/push-result';
import { inScope } from '../../../shared/sync/scope/in-scope';
import type { Queryable } from '../db/db';
import { storeMerge } from './store-merge';
import { loadRecordForUpdate } from './load-record-for-update';
import type { SyncContext } from './sync-context';

export interface MergeOutcome {
  readonly result: StoredResult;
  /** The office's own stamp when the registry re-stamped the op (its clock ran ahead). */
  readonly officeStamp: string | null;
}

/**
 * Merges one valid op of the pushing office into the registry with the shared merge core, in
 * the caller's transaction: the record locked, then the scope check (an erased record is left to
 * the merge, which answers `erased` to everyone), the stamp, the three-way merge, the writes.
 */
export async function mergeIntoRegistry(
  tx: Queryable,
  ctx: SyncContext,
  op: Op,
): Promise<MergeOutcome> {
  const before = await loadRecordForUpdate(tx, op.recordId);
  if (before && !before.state.erased && !inScope(ctx.office, before.facts)) {
    return {
      result: { opId: op.opId, outcome: 'rejected', code: 'out-of-scope' },
      officeStamp: null,
    };
  }
  const now = ctx.now();
  const stamp = ctx.clock.stamp(op.hlc, now.getTime());
  const conflicts = before?.conflicts ?? [];
  const rules = rulesFor(op.recordType);
  const result = mergeOp(before?.state ?? null, op, { rules, stamp: stamp.stamp, conflicts });
  if (result.outcome !== 'rejected') await storeMerge(tx, { op, before, result, now });
  return { result: pushResultOf(op.opId, result), officeStamp: stamp.officeStamp };
}
