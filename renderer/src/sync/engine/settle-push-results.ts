import type { PushResponse } from '../../../../shared/sync/protocol/push-response';
import type { PushResult, StoredResult } from '../../../../shared/sync/protocol/push-result';
import type { OutboxRow } from '../../store/db/rows';
import type { Session } from '../../store/session';
import { requireSession } from '../../store/session';
import type { RefusedChange } from '../state/sync-meta';
import { readRefused, writeRefused } from '../state/sync-meta';
import type { SyncAckRow } from '../sync-tables';
import { syncTables } from '../sync-tables';

export interface SettledBatch {
  /** Ops the registry applied (or turned into a conflict): kept until a pull confirms them. */
  readonly acked: string[];
  /**
   * Ops refused for good: dropped from the outbox (a resend would be refused again) and listed
   * on the Sync screen (the record keeps the refused value until edited or updated by a pull).
   */
  readonly rejected: number;
}

/**
 * Records the registry's answer to one batch in one transaction. Held ops stay unsent (the
 * registry waits for the gap before them; they are sent again next time). An op settled at a
 * rev this desk has already pulled (a resend after a resync) is confirmed at once.
 */
export async function settlePushResults(
  session: Session,
  sent: readonly OutboxRow[],
  response: PushResponse,
): Promise<SettledBatch> {
  requireSession(session);
  const { db } = session.store;
  const { acks, revs } = syncTables(db);
  const at = new Date(session.store.clock.now()).toISOString();
  return db.transaction('rw', [db.outbox, db.records, db.meta, acks, revs], async () => {
    const pulled = await revs.bulkGet(sent.map((row) => row.recordId));
    const ackRows: SyncAckRow[] = [];
    const dropSeqs: number[] = [];
    const confirmed: OutboxRow[] = [];
    const refused: RefusedChange[] = [];
    sent.forEach((row, i) => {
      const outcome = settledOutcome(response.results[i]);
      if (outcome === null) return;
      if (outcome.outcome === 'rejected') {
        const { opId, recordId, recordType, kind } = row;
        refused.push({ opId, recordId, recordType, kind, code: outcome.code, at });
        dropSeqs.push(row.seq!);
      } else if (outcome.rev <= (pulled[i]?.rev ?? 0)) {
        dropSeqs.push(row.seq!);
        confirmed.push(row);
      } else ackRows.push({ opId: row.opId, recordId: row.recordId, rev: outcome.rev });
    });
    await acks.bulkPut(ackRows);
    await db.outbox.bulkDelete(dropSeqs);
    await markSynced(session, [...new Set(confirmed.map((row) => row.recordId))]);
    if (refused.length > 0) await writeRefused(db, [...(await readRefused(db)), ...refused]);
    return { acked: [...ackRows, ...confirmed].map((row) => row.opId), rejected: refused.length };
  });
}

/** Records with nothing left on its way to the registry show as synced. */
async function markSynced(session: Session, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const { db } = session.store;
  const queued = new Set(
    (await db.outbox.where('recordId').anyOf(ids).toArray()).map((op) => op.recordId),
  );
  const rows = await db.records.bulkGet(ids.filter((id) => !queued.has(id)));
  const synced = rows.flatMap((row) =>
    row && row.syncState === 'pending' ? [{ ...row, syncState: 'synced' as const }] : [],
  );
  await db.records.bulkPut(synced);
}

/** The final outcome of one op, or null while it is held (or the answer is missing). */
function settledOutcome(result: PushResult | undefined): StoredResult | null {
  if (result === undefined) return null;
  switch (result.outcome) {
    case 'held':
      return null;
    case 'duplicate':
      return result.first;
    case 'applied':
    case 'conflict':
    case 'rejected':
      return result;
  }
}
