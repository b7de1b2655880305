import type { Op } from '../op';
import { authorOf } from '../protocol/author';
import { checkOp } from './check-op';
import { eraseRecord } from './erase-record';
import type { MergeContext, MergeInput, MergeResult } from './merge-context';
import { mergeChanges } from './merge-changes';
import { mergeDelete } from './merge-delete';
import { mergeResolve } from './merge-resolve';
import type { RecordState } from './record-state';
import { emptyRecord } from './record-state';

/**
 * Merges one op into the registry's copy of its record (null: the record does not exist yet):
 * field-level three-way merge by policy, delete-vs-edit conflicts, checked resolutions, and the
 * erasure tombstone. Pure and deterministic: the same state, op and context give the same result.
 */
export function mergeOp(current: RecordState | null, op: Op, ctx: MergeContext): MergeResult {
  const rejection = checkOp(current, op, ctx.rules);
  if (rejection) return { outcome: 'rejected', code: rejection };
  const state = current ?? emptyRecord(op.recordId, op.recordType, op.officeId, ctx.stamp);
  const input: MergeInput = { op, author: authorOf(op, ctx.stamp), ctx };
  switch (op.kind) {
    case 'create':
    case 'update':
    case 'merge':
      return mergeChanges(state, input);
    case 'delete':
      return mergeDelete(state, input);
    case 'resolve':
      return mergeResolve(state, input);
    case 'erase':
      return eraseRecord(state, input);
  }
}
