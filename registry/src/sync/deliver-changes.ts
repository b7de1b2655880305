import { conflictChange, recordChange } from '../../../shared/sync/merge/changes-of';
import type { RecordState } from '../../../shared/sync/merge/record-state';
import type { Change, ChangeBody } from '../../../shared/sync/protocol/change';
import { inScope } from '../../../shared/sync/scope/in-scope';
import type { OfficeScope } from '../../../shared/sync/scope/scope';
import { scopeTransition } from '../../../shared/sync/scope/scope-transition';
import type { PulledRow } from './pulled-row';

/**
 * What an office receives for a page of change-log entries (the reference registry's rule):
 * an office losing the record gets a purge marker; one keeping or gaining it gets the record's
 * CURRENT state (or conflict), as long as the record is still in its scope now (if not, a later
 * entry brings its purge, and the office never sees values from after it lost scope). Several
 * entries of one record (or conflict) in a page give their state once, at the last of them.
 */
export function deliverChanges(rows: readonly PulledRow[], office: OfficeScope): Change[] {
  const delivered: { key: string; change: Change }[] = [];
  for (const row of rows) {
    const change = deliverOne(row, office);
    if (change) delivered.push({ key: keyOf(change, row.seq), change });
  }
  const last = new Map(delivered.map(({ key }, index) => [key, index]));
  return delivered.filter(({ key }, index) => last.get(key) === index).map((d) => d.change);
}

function deliverOne(row: PulledRow, office: OfficeScope): Change | null {
  const transition = scopeTransition(row.scopeBefore, row.scopeAfter, office);
  if (transition === 'stay-out') return null;
  if (transition === 'lose') return purgeOf(row);
  const { current } = row;
  if (current === null || !inScope(office, current.facts)) return null;
  const state = stateOf(row, current);
  let body: ChangeBody;
  if (row.isConflict) {
    if (row.conflict === null) return null;
    body = conflictChange(state, row.conflict);
  } else {
    body = recordChange(state);
  }
  return { ...body, seq: row.seq } as Change;
}

function purgeOf(row: PulledRow): Change {
  const { seq, recordId, recordType, rev, officeId, hlc } = row;
  return { seq, recordId, recordType, rev, officeId, hlc, kind: 'purge' };
}

/** The merge core's record state, as far as the change it makes needs. */
function stateOf(row: PulledRow, current: NonNullable<PulledRow['current']>): RecordState {
  return {
    recordId: row.recordId,
    recordType: row.recordType,
    officeId: current.officeId,
    rev: current.rev,
    data: current.data,
    extra: current.extra,
    deleted: current.deleted,
    mergedInto: current.mergedInto,
    erased: current.erased,
    fieldMeta: {},
    createdHlc: current.updatedHlc,
    updatedHlc: current.updatedHlc,
  };
}

function keyOf(change: Change, seq: number): string {
  switch (change.kind) {
    case 'conflict':
      return `c:${change.conflict.id}`;
    case 'purge':
      return `p:${seq}`;
    default:
      return `r:${change.recordId}`;
  }
}
