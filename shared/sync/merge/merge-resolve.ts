import type { Json } from '../json';
import { sameJson } from '../json';
import type { FieldChange } from '../op';
import type { Conflict } from '../protocol/conflict';
import { readField } from './field-access';
import { foldDecisions } from './fold-decisions';
import { historyDrafts } from './history-entry';
import type { HistoryDraft } from './history-entry';
import { isConcurrent } from './is-concurrent';
import type { FieldDecision, MergeInput, MergeResult } from './merge-context';
import { NOOP } from './merge-context';
import { raiseConflict } from './raise-conflict';
import type { RecordState } from './record-state';

/**
 * Settles a conflict with the value a person chose. Checked against the conflict's current
 * state: if the field changed since the person looked (or someone else settled it otherwise),
 * a fresh conflict is raised instead of overwriting, and the old one points to it.
 */
export function mergeResolve(state: RecordState, input: MergeInput): MergeResult {
  const { op, ctx } = input;
  const conflict = ctx.conflicts.find((c) => c.id === op.conflictId);
  const entries = Object.entries(op.changes);
  const entry = entries[0];
  if (!conflict || conflict.recordId !== state.recordId || entries.length !== 1 || !entry) {
    return { outcome: 'rejected', code: 'invalid-op' };
  }
  const [field, change] = entry;
  if (field !== conflict.field) return { outcome: 'rejected', code: 'invalid-op' };
  const current = readField(state, field);
  if (conflict.status === 'resolved') {
    // Already settled: the same choice changes nothing; another choice races, so ask again.
    if (sameJson(current, change.to)) return foldDecisions(state, [], input);
    return resolveStale(state, conflict, change, input);
  }
  if (isConcurrent(state, field, change.from, op)) {
    return resolveStale(state, conflict, change, input);
  }
  return resolveChosen(state, conflict, change, input);
}

/** The person saw the current value: their choice becomes the field's value. */
function resolveChosen(
  state: RecordState,
  conflict: Conflict,
  change: FieldChange,
  input: MergeInput,
): MergeResult {
  const { field } = conflict;
  const current = readField(state, field);
  const closed: Conflict = {
    ...conflict,
    status: 'resolved',
    resolution: { kind: 'chosen', value: change.to, by: input.author },
  };
  const by = state.fieldMeta[field]?.by ?? null;
  const replaced = historyDrafts(field, 'replaced', [{ value: current, by }]);
  const decision: FieldDecision = sameJson(current, change.to)
    ? NOOP
    : { kind: 'set', value: change.to, history: replaced };
  const history = valuesNotKept(conflict, [change.to, current]);
  return foldDecisions(state, [[field, decision]], input, { conflicts: [closed], history });
}

function resolveStale(
  state: RecordState,
  conflict: Conflict,
  change: FieldChange,
  input: MergeInput,
): MergeResult {
  const { field } = conflict;
  const current = readField(state, field);
  const registryBy = state.fieldMeta[field]?.by ?? null;
  const values = { base: change.from, registry: current, incoming: change.to, registryBy };
  const fresh = raiseConflict(state, field, values, input);
  // The same disagreement as the conflict itself (or a settled one re-raised): it stays as is.
  const same = fresh.kind === 'conflict' && fresh.conflict.id === conflict.id;
  if (conflict.status !== 'open' || fresh.kind !== 'conflict' || same) {
    return foldDecisions(state, [[field, fresh]], input);
  }
  const superseded: Conflict = {
    ...conflict,
    status: 'resolved',
    resolution: { kind: 'superseded', by: input.author, conflictId: fresh.conflict.id },
  };
  const history = valuesNotKept(conflict, [current, change.to]);
  return foldDecisions(state, [[field, fresh]], input, { conflicts: [superseded], history });
}

/** A closing conflict's values that survive nowhere else go to history. */
function valuesNotKept(conflict: Conflict, kept: readonly Json[]): HistoryDraft[] {
  const values = [
    { value: conflict.registry, by: conflict.registryBy },
    { value: conflict.incoming, by: conflict.incomingBy },
  ].filter(({ value }) => !kept.some((k) => sameJson(k, value)));
  return historyDrafts(conflict.field, 'conflict-closed', values);
}
