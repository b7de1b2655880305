import { DeviceSequencer } from '../../../shared/sync/ordering/device-sequencer';
import type { PushResult } from '../../../shared/sync/protocol/push-result';
import type { Queryable } from '../db/db';
import { lockChangeLog } from './lock-change-log';
import { poisoned, type IncomingOp } from './incoming-op';
import { isDataError } from './is-data-error';
import { loadSequencerState } from './load-sequencer-state';
import { settleOp, type Settled } from './settle-op';
import type { SyncContext } from './sync-context';

export type Admitted =
  /** Settled now; `releases`: held ops are next in line after it (see drainHeld). */
  | { readonly kind: 'settled'; readonly settled: Settled; readonly releases: boolean }
  /** Answered without settling anything: a retry, a held op, a reused seq. */
  | { readonly kind: 'answered'; readonly result: PushResult };

/**
 * Decides about one op of the device in its own transaction, under the change-log lock, with
 * the shared DeviceSequencer over the persisted state: replay the stored outcome, hold it ahead
 * of a gap, refuse a reused seq, or settle it now. An op the database refuses to store is
 * settled again as rejected, alone.
 */
export async function admitOp(ctx: SyncContext, incoming: IncomingOp): Promise<Admitted> {
  try {
    return await ctx.db.transaction((tx) => admitInTransaction(tx, ctx, incoming));
  } catch (error) {
    if (!isDataError(error)) throw error;
    return ctx.db.transaction((tx) => admitInTransaction(tx, ctx, poisoned(incoming)));
  }
}

async function admitInTransaction(
  tx: Queryable,
  ctx: SyncContext,
  incoming: IncomingOp,
): Promise<Admitted> {
  await lockChangeLog(tx);
  const { slot } = incoming;
  const loaded = await loadSequencerState(tx, ctx.device.deviceId, slot.opId);
  if (!loaded.ok) return answered({ opId: slot.opId, outcome: 'rejected', code: 'invalid-op' });
  const admission = new DeviceSequencer(loaded.state).admit(slot);
  switch (admission.kind) {
    case 'replay':
      return answered({ opId: slot.opId, outcome: 'duplicate', first: admission.result });
    case 'reject':
      return answered({ opId: slot.opId, outcome: 'rejected', code: admission.code });
    case 'held':
      await tx.query(
        `INSERT INTO held_ops (device_id, device_seq, op_id, op, received_at)
         VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT DO NOTHING`,
        [slot.deviceId, slot.deviceSeq, slot.opId, JSON.stringify(incoming.raw), ctx.now()],
      );
      return answered({ opId: slot.opId, outcome: 'held' });
    case 'apply': {
      const settled = await settleOp(tx, ctx, incoming);
      return { kind: 'settled', settled, releases: admission.ops.length > 1 };
    }
  }
}

function answered(result: PushResult): Admitted {
  return { kind: 'answered', result };
}
