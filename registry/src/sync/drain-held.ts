import type { Queryable } from '../db/db';
import { lockChangeLog } from './lock-change-log';
import { incomingOp, poisoned, type IncomingOp } from './incoming-op';
import { isDataError } from './is-data-error';
import { settleOp, type Settled } from './settle-op';
import type { SyncContext } from './sync-context';

/**
 * Settles the device's held ops that are next in its sequence, each in its own transaction,
 * until the next seq is missing (the gap that is still open). Each transaction re-reads the
 * device's progress under the change-log lock, so two pushes draining at once never settle an
 * op twice.
 */
export async function drainHeld(ctx: SyncContext): Promise<Settled[]> {
  const settled: Settled[] = [];
  for (;;) {
    const next = await settleNextHeld(ctx, false);
    if (next === null) return settled;
    settled.push(next);
  }
}

async function settleNextHeld(ctx: SyncContext, refuse: boolean): Promise<Settled | null> {
  try {
    return await ctx.db.transaction(async (tx) => {
      await lockChangeLog(tx);
      const incoming = await nextHeld(tx, ctx.device.deviceId);
      if (incoming === null) return null;
      return settleOp(tx, ctx, refuse ? poisoned(incoming) : incoming);
    });
  } catch (error) {
    if (refuse || !isDataError(error)) throw error;
    return settleNextHeld(ctx, true);
  }
}

async function nextHeld(tx: Queryable, deviceId: string): Promise<IncomingOp | null> {
  const { rows } = await tx.query<{ op: unknown }>(
    `SELECT h.op FROM held_ops h JOIN devices d ON d.id = h.device_id
     WHERE h.device_id = $1 AND h.device_seq = d.applied_seq + 1`,
    [deviceId],
  );
  const row = rows[0];
  if (!row) return null;
  const parsed = incomingOp(row.op);
  if (!parsed.ok) throw new Error('held op without a sequence slot');
  return parsed.incoming;
}
