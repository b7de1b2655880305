import type { PullPage } from '../../../../shared/sync/protocol/pull-response';
import { appendHistory } from '../../store/history/append-history';
import type { OutboxRow, RecordRow } from '../../store/db/rows';
import { inTransaction } from '../../store/records/run-record-write';
import type { Session } from '../../store/session';
import { requireSession } from '../../store/session';
import { sealConflict } from '../conflicts/conflict-seal';
import { writeCursor, writeEpoch } from '../state/sync-meta';
import type { SyncAckRow } from '../sync-tables';
import { syncTables } from '../sync-tables';
import { isLocalOnly } from './local-only-types';
import { mergePulledClocks } from './merge-pulled-clocks';
import type { PagePlan, PageState } from './plan-pull-page';
import { planPullPage } from './plan-pull-page';
import { pulledBlindIndexes } from './pulled-blind-indexes';

/**
 * Applies one pull page in ONE transaction: records (sealed by the store's middleware), their
 * history, confirmed ops, conflicts, the desk's clock and the cursor commit together, so an
 * interruption anywhere resumes from the last committed page with nothing lost or doubled.
 * Records that stay on their own desk (staff, office setup) are never taken in. The store's
 * onRecordsCommitted tells the search index what changed once the page commits. Returns the ids
 * of the records it changed.
 */
export async function applyPullPage(session: Session, page: PullPage): Promise<string[]> {
  requireSession(session);
  const { db } = session.store;
  const t = syncTables(db);
  const tables = [db.records, db.outbox, db.meta, db.blindIndex, db.history, t.revs, t.acks];
  // Crypto of the page runs inside the transaction (inTransaction keeps it alive).
  return db.transaction('rw', [...tables, t.conflicts], async () => {
    const changes = page.changes.filter((change) => !isLocalOnly(change.recordType));
    const ids = [...new Set(changes.map((change) => change.recordId))];
    const state = await loadPageState(session, ids);
    const plan = planPullPage(state, changes);
    await writePlan(session, state, plan);
    await mergePulledClocks(session, page.changes);
    await Promise.all([writeCursor(db, page.nextCursor), writeEpoch(db, page.epoch)]);
    return [...plan.touched];
  });
}

async function loadPageState(session: Session, ids: readonly string[]): Promise<PageState> {
  const { db } = session.store;
  const t = syncTables(db);
  const [revs, rows, ops, acks] = await Promise.all([
    t.revs.bulkGet([...ids]),
    db.records.bulkGet([...ids]),
    db.outbox
      .where('recordId')
      .anyOf([...ids])
      .toArray(),
    t.acks
      .where('recordId')
      .anyOf([...ids])
      .toArray(),
  ]);
  const state: PageState = {
    revs: new Map(),
    rows: new Map(),
    pending: new Map(),
    acks: new Map(),
  };
  ids.forEach((id, i) => {
    state.revs.set(id, revs[i] ?? null);
    state.rows.set(id, rows[i] ?? null);
  });
  for (const op of ops.sort((a, b) => a.seq! - b.seq!)) push(state.pending, op.recordId, op);
  for (const ack of acks) push(state.acks, ack.recordId, ack);
  return state;
}

function push<T extends OutboxRow | SyncAckRow>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function writePlan(session: Session, state: PageState, plan: PagePlan): Promise<void> {
  const { db, keyring } = session.store;
  const t = syncTables(db);
  const puts: RecordRow[] = [];
  const gone: string[] = [];
  for (const id of plan.touched) {
    const row = state.rows.get(id);
    if (row) puts.push(row);
    else gone.push(id);
  }
  const revs = [...state.revs.values()].filter((rev) => rev !== null);
  const key = keyring.dataKey();
  // Crypto inside the transaction, kept alive by inTransaction: the rows are only known here.
  const [sealed, indexes] = await inTransaction(
    Promise.all([
      Promise.all(plan.conflicts.map((c) => sealConflict(key, c))),
      pulledBlindIndexes(session, puts),
    ]),
  );
  await db.blindIndex
    .where('recordId')
    .anyOf([...plan.touched])
    .delete();
  await Promise.all([
    db.records.bulkPut(puts),
    db.records.bulkDelete(gone),
    db.blindIndex.bulkPut(indexes),
    t.revs.bulkPut(revs),
    t.revs.bulkDelete([...plan.dropRevs]),
    t.acks.bulkDelete([...plan.dropAcks]),
    db.outbox.bulkDelete([...plan.dropOps]),
    t.conflicts
      .where('recordId')
      .anyOf([...plan.dropConflictsOf])
      .delete(),
  ]);
  await t.conflicts.bulkPut(sealed);
  for (const event of plan.history) await appendHistory(db, event);
}
