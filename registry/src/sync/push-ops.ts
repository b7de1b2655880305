import { clockReport } from '../../../shared/sync/clock/clock-report';
import { PROTOCOL_VERSION } from '../../../shared/sync/protocol/protocol-version';
import type { PushRequest } from '../../../shared/sync/protocol/push-request';
import type { PushResponse } from '../../../shared/sync/protocol/push-response';
import type { PushResult } from '../../../shared/sync/protocol/push-result';
import { admitOp } from './admit-op';
import { drainHeld } from './drain-held';
import { incomingOp } from './incoming-op';
import type { SyncContext } from './sync-context';

interface OneResult {
  readonly result: PushResult;
  /** Ops re-stamped while settling this one and the held ops it released. */
  readonly restamped: number;
}

/**
 * Settles a device's push, op by op in the request's order, each in its own transaction: a
 * poisoned op is refused alone, a retry gets its stored outcome, an op ahead of a gap waits.
 * The answer says how far off the office's clock is (and how many ops were re-stamped).
 */
export async function pushOps(ctx: SyncContext, request: PushRequest): Promise<PushResponse> {
  const results: PushResult[] = [];
  let restamped = 0;
  for (const raw of request.ops) {
    const one = await pushOne(ctx, raw);
    results.push(one.result);
    restamped += one.restamped;
  }
  await ctx.db.query('UPDATE devices SET last_sync_at = $2 WHERE id = $1', [
    ctx.device.deviceId,
    ctx.now(),
  ]);
  const serverTime = ctx.now().getTime();
  return {
    protocolVersion: PROTOCOL_VERSION,
    results,
    serverTime,
    ...clockReport(request.clientTime, serverTime, restamped),
  };
}

async function pushOne(ctx: SyncContext, raw: unknown): Promise<OneResult> {
  const read = incomingOp(raw);
  if (!read.ok) return only({ opId: read.opId, outcome: 'rejected', code: read.code });
  const { incoming } = read;
  if (incoming.slot.deviceId !== ctx.device.deviceId) {
    return only({ opId: incoming.slot.opId, outcome: 'rejected', code: 'unauthorized' });
  }
  const admitted = await admitOp(ctx, incoming);
  if (admitted.kind === 'answered') return only(admitted.result);
  const released = admitted.releases ? await drainHeld(ctx) : [];
  const settled = [admitted.settled, ...released];
  return {
    result: admitted.settled.result,
    restamped: settled.filter((s) => s.restamped).length,
  };
}

function only(result: PushResult): OneResult {
  return { result, restamped: 0 };
}
