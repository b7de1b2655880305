import { conflictChange, recordChange } from '../../../shared/sync/merge/changes-of';
import type { RecordState } from '../../../shared/sync/merge/record-state';
import type { Change, ChangeBody } from '../../../shared/sync/protocol/change';
import { inScope } from '../../../shared/sync/scope/in-scope';
import type { OfficeScope } from '../../../shared/sync/scope/scope';
import { scopeTransition } from '../../../shared/sync/scope/scope-transition';
import type { CurrentRecord, PulledRow } from './pulled-row';

/**
 * A change for one office. An `upsert` is built with empty `data` and `extra`: their values
 * travel as the database's JSON text in `raw` (see serializePullPage).
 */
export interface Delivery {
  readonly change: Change;
  readonly raw: { readonly dataJson: string; readonly extraJson: string } | null;
}

/**
 * What an office receives for a page of change-log entries (the reference registry's rule):
 * an office losing the record gets a purge marker; one keeping or gaining it gets the record's
 * CURRENT state (or conflict), as long as the record is still in its scope now (if not, a later
 * entry brings its purge, and the office never sees values from after it lost scope). Several
 * entries of one record (or conflict) in a page give their state once, at the last of them.
 */
export function deliverChanges(rows: readonly PulledRow[], office: OfficeScope): Delivery[] {
  const delivered: { key: string; delivery: Delivery }[] = [];
  for (const row of rows) {
    const delivery = deliverOne(row, office);
    if (delivery) delivered.push({ key: keyOf(delivery.change, row.seq), delivery });
  }
  const last = new Map(delivered.map(({ key }, index) => [key, index]));
  return delivered.filter(({ key }, index) => last.get(key) === index).map((d) => d.delivery);
}

function deliverOne(row: PulledRow, office: OfficeScope): Delivery | null {
  const transition = scopeTransition(row.scopeBefore, row.scopeAfter, office);
  if (transition === 'stay-out') return null;
  if (transition === 'lose') return { change: purgeOf(row), raw: null };
  const { current } = row;
  if (current === null || !inScope(office, current.facts)) return null;
  const state = stateOf(row, current);
  if (row.isConflict) {
    return row.conflict === null ? null : withSeq(conflictChange(state, row.conflict), row, null);
  }
  const body = recordChange(state);
  const raw = body.kind === 'upsert' ? current : null;
  return withSeq(body, row, raw);
}

function withSeq(body: ChangeBody, row: PulledRow, raw: Delivery['raw']): Delivery {
  return { change: { ...body, seq: row.seq } as Change, raw };
}

function purgeOf(row: PulledRow): Change {
  const { seq, recordId, recordType, rev, officeId, hlc } = row;
  return { seq, recordId, recordType, rev, officeId, hlc, kind: 'purge' };
}

/** The merge core's record state, as far as the change it makes needs (values go raw). */
function stateOf(row: PulledRow, current: CurrentRecord): RecordState {
  return {
    recordId: row.recordId,
    recordType: row.recordType,
    officeId: current.officeId,
    rev: current.rev,
    data: {},
    extra: {},
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
