import { decideField } from './decide-field';
import { foldDecisions } from './fold-decisions';
import type { FieldDecision, MergeApplied, MergeInput } from './merge-context';
import { raiseConflict } from './raise-conflict';
import type { RecordState } from './record-state';
import { DELETED_FIELD } from './record-state';

/**
 * Merges a create, update or merge op field by field. An edit that reaches a deleted record is
 * kept in the (hidden) record and raises a delete-vs-edit conflict: a person decides whether the
 * record comes back.
 */
export function mergeChanges(state: RecordState, input: MergeInput): MergeApplied {
  const decisions: (readonly [string, FieldDecision])[] = Object.entries(input.op.changes).map(
    ([field, change]) => [field, decideField(state, field, change, input)] as const,
  );
  const isEdit = input.op.kind === 'create' || input.op.kind === 'update';
  if (state.deleted && isEdit && decisions.some(([, d]) => d.kind !== 'noop')) {
    decisions.push([DELETED_FIELD, editOfDeleted(state, input)]);
  }
  const result = foldDecisions(state, decisions, input);
  // A create makes the record even when it sets no field.
  if (state.rev === 0 && !result.changed) {
    return { ...result, changed: true, next: { ...result.next, rev: 1 } };
  }
  return result;
}

function editOfDeleted(state: RecordState, input: MergeInput): FieldDecision {
  const registryBy = state.fieldMeta[DELETED_FIELD]?.by ?? null;
  return raiseConflict(
    state,
    DELETED_FIELD,
    { base: false, registry: true, incoming: false, registryBy },
    input,
  );
}
