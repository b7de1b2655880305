import type { Json } from '../json';
import type { Conflict } from '../protocol/conflict';
import { laterStamp, writeFields } from './field-access';
import type { HistoryDraft, HistoryEntry } from './history-entry';
import type { FieldDecision, MergeApplied, MergeInput } from './merge-context';
import type { RecordState } from './record-state';

/** Extra effects of one op besides its field decisions (a resolve closing its conflict). */
export interface FoldExtras {
  readonly conflicts?: readonly Conflict[];
  readonly history?: readonly HistoryDraft[];
}

/**
 * Applies an op's per-field decisions to the record: one rev bump for the whole op when any
 * field changed, every written field's meta set to (that rev, the op's author).
 */
export function foldDecisions(
  state: RecordState,
  decisions: readonly (readonly [string, FieldDecision])[],
  input: MergeInput,
  extras: FoldExtras = {},
): MergeApplied {
  const writes: (readonly [string, Json])[] = [];
  const drafts: HistoryDraft[] = [...(extras.history ?? [])];
  const conflicts: Conflict[] = [...(extras.conflicts ?? [])];
  const conflictIds: string[] = [];
  for (const [field, decision] of decisions) {
    switch (decision.kind) {
      case 'noop':
        break;
      case 'set':
        writes.push([field, decision.value]);
        drafts.push(...decision.history);
        break;
      case 'keep':
        drafts.push(...decision.history);
        break;
      case 'conflict':
        conflictIds.push(decision.conflict.id);
        if (decision.isNew) conflicts.push(decision.conflict);
        break;
    }
  }
  const changed = writes.length > 0;
  const rev = changed ? state.rev + 1 : state.rev;
  const next = changed ? written(state, writes, rev, input) : state;
  return {
    outcome: conflictIds.length > 0 ? 'conflict' : 'applied',
    next,
    changed,
    conflicts,
    conflictIds,
    history: drafts.map((draft) => historyEntry(state, draft, rev, input.author.hlc)),
    purgeHistory: false,
  };
}

function written(
  state: RecordState,
  writes: readonly (readonly [string, Json])[],
  rev: number,
  { author, ctx }: MergeInput,
): RecordState {
  const next = writeFields(state, writes, { rev, by: author }, ctx.rules);
  return { ...next, rev, updatedHlc: laterStamp(state.updatedHlc, author.hlc) };
}

function historyEntry(
  state: RecordState,
  draft: HistoryDraft,
  rev: number,
  at: string,
): HistoryEntry {
  return { recordId: state.recordId, recordType: state.recordType, ...draft, rev, at };
}
