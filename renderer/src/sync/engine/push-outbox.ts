import { PROTOCOL_VERSION } from '../../../../shared/sync/protocol/protocol-version';
import { nextBatchSize, MAX_BATCH_OPS } from '../../../../shared/sync/protocol/batch-size';
import type { PushResponse } from '../../../../shared/sync/protocol/push-response';
import type { OutboxRow } from '../../store/db/rows';
import { requireSession } from '../../store/session';
import { readLocalOps } from '../state/sync-meta';
import { syncTables } from '../sync-tables';
import { isLocalOnly } from './local-only-types';
import { setAsideLocalOps } from './set-aside-local-ops';
import { settlePushResults } from './settle-push-results';
import type { SyncContext } from './sync-context';
import { endpointOf } from './sync-context';
import { wireOp } from './wire-op';

export interface PushSummary {
  readonly pushed: number;
  readonly rejected: number;
  /** The last answer's clock report (office minus registry, ms), if any batch was sent. */
  readonly clockOffsetMs: number | null;
  readonly drift: boolean;
}

/**
 * Sends the ops not yet settled by the registry, oldest first, in batches sized for a slow link
 * (shared/sync batch-size). Each answer is settled locally before the next batch goes, so an
 * interruption resends at most one batch (and the registry answers a resent op idempotently).
 */
export async function pushOutbox(ctx: SyncContext): Promise<PushSummary> {
  const { db } = ctx.session.store;
  const { acks, revs } = syncTables(db);
  await setAsideLocalOps(db);
  const acked = new Set((await acks.toCollection().primaryKeys()) as string[]);
  const toPush = Math.max(0, (await db.outbox.count()) - acked.size);
  let afterSeq = 0;
  let summary: PushSummary = { pushed: 0, rejected: 0, clockOffsetMs: null, drift: false };
  ctx.onProgress({ phase: 'push', pushed: 0, toPush, pulled: 0 });
  for (;;) {
    ctx.signal.throwIfAborted();
    requireSession(ctx.session);
    const window = await queuedAfter(ctx, afterSeq);
    if (window === 'set-aside') continue;
    const unsent = window.filter((row) => !acked.has(row.opId));
    if (window.length === 0) return summary;
    afterSeq = window[window.length - 1]!.seq!;
    if (unsent.length === 0) continue;
    const [pulledRevs, localOps] = await Promise.all([
      revs.bulkGet(unsent.map((row) => row.recordId)),
      readLocalOps(db),
    ]);
    const ops = unsent.map((row, i) => wireOp(row, ctx.link, pulledRevs[i]?.rev, localOps));
    const size = nextBatchSize(ops);
    const batch = ops.slice(0, size);
    if (size < unsent.length) afterSeq = (unsent[size - 1] as OutboxRow).seq!;
    const response = await sendBatch(ctx, batch);
    const settled = await settlePushResults(ctx.session, unsent.slice(0, size), response);
    for (const opId of settled.acked) acked.add(opId);
    summary = {
      pushed: summary.pushed + settled.acked.length + settled.rejected,
      rejected: summary.rejected + settled.rejected,
      clockOffsetMs: response.clockOffsetMs,
      drift: summary.drift || response.drift !== undefined,
    };
    ctx.onProgress({ phase: 'push', pushed: summary.pushed, toPush, pulled: 0 });
  }
}

/**
 * The next ops after `afterSeq`, up to the first op of a desk-only record queued meanwhile
 * (sent ops after it would be numbered wrongly); 'set-aside' when that op came first and was
 * just taken out of the outbox.
 */
async function queuedAfter(ctx: SyncContext, afterSeq: number): Promise<OutboxRow[] | 'set-aside'> {
  const { db } = ctx.session.store;
  const window = await db.outbox.where('seq').above(afterSeq).limit(MAX_BATCH_OPS).toArray();
  const cut = window.findIndex((row) => isLocalOnly(row.recordType));
  if (cut < 0) return window;
  if (cut > 0) return window.slice(0, cut);
  await setAsideLocalOps(db);
  return 'set-aside';
}

function sendBatch(ctx: SyncContext, ops: readonly unknown[]): Promise<PushResponse> {
  const request = {
    protocolVersion: PROTOCOL_VERSION,
    deviceId: ctx.link.deviceId,
    clientTime: ctx.session.store.clock.now(),
    ops: [...ops],
  };
  return ctx.transport.push(endpointOf(ctx.link), request, ctx.signal);
}
