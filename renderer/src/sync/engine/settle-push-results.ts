import type { PushResponse } from '../../../../shared/sync/protocol/push-response';
import type { PushResult, StoredResult } from '../../../../shared/sync/protocol/push-result';
import type { OutboxRow } from '../../store/db/rows';
import type { Session } from '../../store/session';
import { requireSession } from '../../store/session';
import type { SyncAckRow } from '../sync-tables';
import { syncTables } from '../sync-tables';

export interface SettledBatch {
  /** Ops the registry applied (or turned into a conflict): kept until a pull confirms them. */
  readonly acked: string[];
  /** Ops refused for good: dropped from the outbox (a resend would be refused again). */
  readonly rejected: number;
}

/**
 * Records the registry's answer to one batch in one transaction. Held ops stay unsent (the
 * registry waits for the gap before them; they are sent again next time).
 */
export async function settlePushResults(
  session: Session,
  sent: readonly OutboxRow[],
  response: PushResponse,
): Promise<SettledBatch> {
  requireSession(session);
  const { db } = session.store;
  const { acks } = syncTables(db);
  const ackRows: SyncAckRow[] = [];
  const dropSeqs: number[] = [];
  sent.forEach((row, i) => {
    const outcome = settledOutcome(response.results[i]);
    if (outcome === null) return;
    if (outcome.outcome === 'rejected') dropSeqs.push(row.seq!);
    else ackRows.push({ opId: row.opId, recordId: row.recordId, rev: outcome.rev });
  });
  await db.transaction('rw', [db.outbox, acks], async () => {
    await acks.bulkPut(ackRows);
    await db.outbox.bulkDelete(dropSeqs);
  });
  return { acked: ackRows.map((row) => row.opId), rejected: dropSeqs.length };
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
