import type { JsonObject } from '../json';
import type { Conflict } from '../protocol/conflict';
import { laterStamp } from './field-access';
import { foldDecisions } from './fold-decisions';
import type { MergeApplied, MergeInput } from './merge-context';
import type { FieldMeta, RecordState } from './record-state';

/**
 * Erasure: every field that is not reference data goes, the passthrough bag with it, the record's
 * conflicts are blanked and its history purged. The tombstone refuses every later write.
 * Never a conflict: the obligation to erase does not wait for a person.
 */
export function eraseRecord(state: RecordState, input: MergeInput): MergeApplied {
  if (state.erased) return foldDecisions(state, [], input);
  const { author, ctx } = input;
  const keeps = ctx.rules.erasureKeeps;
  const next: RecordState = {
    ...state,
    rev: state.rev + 1,
    data: pick(state.data, keeps),
    extra: {},
    erased: true,
    fieldMeta: pick(state.fieldMeta, keeps),
    updatedHlc: laterStamp(state.updatedHlc, author.hlc),
  };
  const conflicts = ctx.conflicts
    .filter((c) => c.recordId === state.recordId && c.resolution?.kind !== 'erased')
    .map((c): Conflict => ({
      ...c,
      base: null,
      registry: null,
      incoming: null,
      status: 'resolved',
      resolution: { kind: 'erased', by: author },
    }));
  return {
    outcome: 'applied',
    next,
    changed: true,
    conflicts,
    conflictIds: [],
    history: [],
    purgeHistory: true,
  };
}

function pick<T extends JsonObject | Readonly<Record<string, FieldMeta>>>(
  bag: T,
  keep: ReadonlySet<string>,
): T {
  return Object.fromEntries(Object.entries(bag).filter(([field]) => keep.has(field))) as T;
}
