import type { Change } from '../../../../shared/sync/protocol/change';
import type { Conflict } from '../../../../shared/sync/protocol/conflict';
import { applyChange } from '../../../../shared/sync/replica/apply-change';
import type { ReplicaRecord } from '../../../../shared/sync/replica/apply-change';
import type { HistoryEvent } from '../../store/history/append-history';
import type { OutboxRow, RecordRow } from '../../store/db/rows';
import type { SyncAckRow, SyncRevRow } from '../sync-tables';
import { fieldChangesBetween } from './field-changes-between';
import { isoOfHlc, localRowOf } from './local-row-of';

/** What the desk holds for the records of one page, read inside the page's transaction. */
export interface PageState {
  readonly revs: Map<string, SyncRevRow | null>;
  readonly rows: Map<string, RecordRow | null>;
  readonly pending: Map<string, OutboxRow[]>;
  readonly acks: Map<string, SyncAckRow[]>;
}

/** Every write the page asks for; the caller commits them in the same transaction. */
export interface PagePlan {
  readonly dropRevs: Set<string>;
  readonly dropOps: Set<number>;
  readonly dropAcks: Set<string>;
  readonly dropConflictsOf: Set<string>;
  readonly conflicts: Conflict[];
  readonly history: HistoryEvent[];
  readonly touched: Set<string>;
}

/**
 * Applies a page's changes, in order, to the in-memory state with the shared replica logic
 * (idempotent: a page applied twice plans nothing new). Mutates `state` into the page's result.
 */
export function planPullPage(state: PageState, changes: readonly Change[]): PagePlan {
  const plan: PagePlan = {
    dropRevs: new Set(),
    dropOps: new Set(),
    dropAcks: new Set(),
    dropConflictsOf: new Set(),
    conflicts: [],
    history: [],
    touched: new Set(),
  };
  for (const change of changes) {
    const known = state.revs.get(change.recordId) ?? undefined;
    const update = applyChange(known && stubOf(known, change), change);
    switch (update.kind) {
      case 'keep':
        break;
      case 'put-conflict':
        plan.conflicts.push(update.conflict);
        break;
      case 'drop':
        state.revs.set(change.recordId, null);
        state.rows.set(change.recordId, null);
        plan.dropRevs.add(change.recordId);
        plan.dropConflictsOf.add(change.recordId);
        plan.touched.add(change.recordId);
        break;
      case 'put':
        putRecord(state, plan, update.record);
        break;
    }
  }
  return plan;
}

function putRecord(state: PageState, plan: PagePlan, record: ReplicaRecord): void {
  const id = record.recordId;
  state.revs.set(id, { id, rev: record.rev, status: record.status });
  plan.dropRevs.delete(id);
  const pending = confirmOps(state, plan, record);
  const previous = state.rows.get(id) ?? undefined;
  const row = record.status === 'live' ? localRowOf(record, previous, pending) : null;
  state.rows.set(id, row);
  plan.touched.add(id);
  const changes = fieldChangesBetween(previous, row);
  if (Object.keys(changes).length === 0 && row !== null) return;
  plan.history.push({
    recordId: id,
    recordType: record.recordType,
    kind:
      row === null
        ? record.status === 'erased'
          ? 'erase'
          : 'delete'
        : previous
          ? 'update'
          : 'create',
    at: isoOfHlc(record.hlc) ?? new Date(0).toISOString(),
    userId: null,
    // An erasure keeps no values, not even in history.
    changes: record.status === 'erased' ? {} : changes,
    source: 'sync',
  });
}

/**
 * Drops this desk's ops the pulled rev already contains (settled at or below it); an erased
 * record drops them all (nothing may write to it again). Returns the ops still on their way.
 */
function confirmOps(state: PageState, plan: PagePlan, record: ReplicaRecord): OutboxRow[] {
  const id = record.recordId;
  const erased = record.status === 'erased';
  const confirmed = new Set(
    (state.acks.get(id) ?? []).filter((ack) => erased || ack.rev <= record.rev).map((a) => a.opId),
  );
  const pending: OutboxRow[] = [];
  for (const op of state.pending.get(id) ?? []) {
    if (erased || confirmed.has(op.opId)) {
      plan.dropOps.add(op.seq!);
      plan.dropAcks.add(op.opId);
    } else pending.push(op);
  }
  state.pending.set(id, pending);
  state.acks.set(
    id,
    (state.acks.get(id) ?? []).filter((ack) => !plan.dropAcks.has(ack.opId)),
  );
  return pending;
}

function stubOf(known: SyncRevRow, change: Change): ReplicaRecord {
  return {
    recordId: known.id,
    recordType: change.recordType,
    officeId: change.officeId,
    rev: known.rev,
    hlc: change.hlc,
    status: known.status,
    data: {},
    extra: {},
    mergedInto: null,
  };
}
