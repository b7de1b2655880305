import type { Conflict } from '../protocol/conflict';
import type { ChangeBody } from '../protocol/change';
import type { MergeApplied } from './merge-context';
import type { RecordState } from './record-state';

/** The change-log entry that brings an office's copy of the record to `state`. */
export function recordChange(state: RecordState): ChangeBody {
  const base = {
    recordId: state.recordId,
    recordType: state.recordType,
    rev: state.rev,
    officeId: state.officeId,
    hlc: state.updatedHlc,
  };
  if (state.erased) return { ...base, kind: 'erase' };
  if (state.deleted) return { ...base, kind: 'delete' };
  return {
    ...base,
    kind: 'upsert',
    data: state.data,
    extra: state.extra,
    mergedInto: state.mergedInto,
  };
}

export function conflictChange(state: RecordState, conflict: Conflict): ChangeBody {
  return {
    recordId: state.recordId,
    recordType: state.recordType,
    rev: state.rev,
    officeId: state.officeId,
    hlc: state.updatedHlc,
    kind: 'conflict',
    conflict,
  };
}

/** The change-log entries one merged op adds, in order: the record (if it changed), then conflicts. */
export function changesOf(result: MergeApplied): ChangeBody[] {
  const record = result.changed ? [recordChange(result.next)] : [];
  return [...record, ...result.conflicts.map((c) => conflictChange(result.next, c))];
}
