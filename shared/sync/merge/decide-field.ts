import { canonicalJson } from '../../audit/canonical-json';
import type { Json } from '../json';
import { sameJson } from '../json';
import type { FieldChange } from '../op';
import { readField } from './field-access';
import { historyDrafts } from './history-entry';
import { isConcurrent } from './is-concurrent';
import type { FieldDecision, MergeInput } from './merge-context';
import { NOOP } from './merge-context';
import { mergeLists } from './merge-lists';
import { raiseConflict } from './raise-conflict';
import type { RecordState } from './record-state';
import { policyOf } from './record-rules';

/**
 * The three-way merge of one field: the same value is a no-op; a field nobody else changed
 * since the op's base takes the incoming value; otherwise the field's policy decides.
 */
export function decideField(
  state: RecordState,
  field: string,
  change: FieldChange,
  input: MergeInput,
): FieldDecision {
  const current = readField(state, field);
  if (sameJson(current, change.to)) return NOOP;
  if (!isConcurrent(state, field, change.from, input.op)) {
    const by = state.fieldMeta[field]?.by ?? null;
    const history = historyDrafts(field, 'replaced', [{ value: current, by }]);
    return { kind: 'set', value: change.to, history };
  }
  const policy = policyOf(input.ctx.rules, field);
  switch (policy) {
    case 'lww':
      return decideLww(state, field, change, input);
    case 'union':
      return decideUnion(state, field, change, input);
    case 'human':
      return conflictOf(state, field, change, input);
  }
}

/** Whether the op is later than the field's last write (HLC order; op id breaks a tie). */
function incomingIsLater(state: RecordState, field: string, input: MergeInput): boolean {
  const last = state.fieldMeta[field]?.by;
  if (!last) return true;
  if (input.author.hlc !== last.hlc) return input.author.hlc > last.hlc;
  return input.op.opId > last.opId;
}

function decideLww(
  state: RecordState,
  field: string,
  change: FieldChange,
  input: MergeInput,
): FieldDecision {
  const current = readField(state, field);
  const registryBy = state.fieldMeta[field]?.by ?? null;
  if (incomingIsLater(state, field, input)) {
    const history = historyDrafts(field, 'lww-lost', [{ value: current, by: registryBy }]);
    return { kind: 'set', value: change.to, history };
  }
  const history = historyDrafts(field, 'lww-lost', [{ value: change.to, by: input.author }]);
  return { kind: 'keep', history };
}

function decideUnion(
  state: RecordState,
  field: string,
  change: FieldChange,
  input: MergeInput,
): FieldDecision {
  const { rules } = input.ctx;
  const current = readField(state, field);
  const key = rules.unionKeys[field] ?? ((element: Json) => canonicalJson(element));
  const later = incomingIsLater(state, field, input);
  const merged = mergeLists(change.from, current, change.to, key, later);
  // A union that breaks the field's rules (too many elements) goes to a person instead.
  if (!rules.validate(field, merged.value)) return conflictOf(state, field, change, input);
  const registryBy = state.fieldMeta[field]?.by ?? null;
  const history = merged.dropped.flatMap((d) =>
    historyDrafts(field, d.reason, [
      { value: d.value, by: d.side === 'incoming' ? input.author : registryBy },
    ]),
  );
  if (sameJson(merged.value, current)) return { kind: 'keep', history };
  return { kind: 'set', value: merged.value, history };
}

function conflictOf(
  state: RecordState,
  field: string,
  change: FieldChange,
  input: MergeInput,
): FieldDecision {
  return raiseConflict(
    state,
    field,
    {
      base: change.from,
      registry: readField(state, field),
      incoming: change.to,
      registryBy: state.fieldMeta[field]?.by ?? null,
    },
    input,
  );
}
