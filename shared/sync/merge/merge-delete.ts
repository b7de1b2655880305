import { decideField } from './decide-field';
import { foldDecisions } from './fold-decisions';
import { fieldsEditedSince } from './is-concurrent';
import type { MergeApplied, MergeInput } from './merge-context';
import { raiseConflict } from './raise-conflict';
import type { RecordState } from './record-state';
import { DELETED_FIELD } from './record-state';

/**
 * A delete applies when nobody else edited the record since the op's base; otherwise the record
 * stays and a delete-vs-edit conflict (on `$deleted`) goes to a person. Deleting is a flag: the
 * registry keeps every value.
 */
export function mergeDelete(state: RecordState, input: MergeInput): MergeApplied {
  if (state.deleted) return foldDecisions(state, [], input);
  const edited = fieldsEditedSince(state, input.op);
  const lastEdited = edited.at(-1);
  if (lastEdited === undefined) {
    const decision = decideField(state, DELETED_FIELD, { from: false, to: true }, input);
    return foldDecisions(state, [[DELETED_FIELD, decision]], input);
  }
  const registryBy = state.fieldMeta[lastEdited]?.by ?? null;
  const values = { base: false, registry: false, incoming: true, registryBy };
  const decision = raiseConflict(state, DELETED_FIELD, values, input);
  return foldDecisions(state, [[DELETED_FIELD, decision]], input);
}
