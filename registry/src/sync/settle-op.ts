import type { StoredResult } from '../../../shared/sync/protocol/push-result';
import type { Queryable } from '../db/db';
import type { IncomingOp } from './incoming-op';
import { mergeIntoRegistry, type MergeOutcome } from './merge-into-registry';
import type { SyncContext } from './sync-context';

export interface Settled {
  readonly result: StoredResult;
  /** Whether the op's stamp was replaced by the registry's (its office's clock ran ahead). */
  readonly restamped: boolean;
}

/**
 * Settles the device's next op in the caller's transaction: merged when valid and the office's
 * own, else refused; either way its outcome is stored for retries and its seq counts as done.
 */
export async function settleOp(
  tx: Queryable,
  ctx: SyncContext,
  incoming: IncomingOp,
): Promise<Settled> {
  const outcome = await outcomeOf(tx, ctx, incoming);
  const { slot } = incoming;
  // One statement: the outcome kept for retries, the device's progress (a seq an administrator
  // skipped may arrive late: progress never goes back), its held copy and skip mark gone.
  await tx.query(
    `WITH settled AS (
       INSERT INTO applied_ops (op_id, device_id, device_seq, record_id, outcome, office_hlc,
                                applied_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)),
     progress AS (UPDATE devices SET applied_seq = GREATEST(applied_seq, $3) WHERE id = $2),
     unskip AS (DELETE FROM skipped_seqs WHERE device_id = $2 AND device_seq = $3)
     DELETE FROM held_ops WHERE device_id = $2 AND device_seq = $3`,
    [
      slot.opId,
      slot.deviceId,
      slot.deviceSeq,
      incoming.recordId,
      JSON.stringify(outcome.result),
      outcome.officeStamp,
      ctx.now(),
    ],
  );
  return { result: outcome.result, restamped: outcome.officeStamp !== null };
}

async function outcomeOf(
  tx: Queryable,
  ctx: SyncContext,
  incoming: IncomingOp,
): Promise<MergeOutcome> {
  const { parsed, slot } = incoming;
  if (!parsed.ok) {
    return {
      result: { opId: slot.opId, outcome: 'rejected', code: parsed.code },
      officeStamp: null,
    };
  }
  // A device writes for its own office only.
  if (parsed.op.officeId !== ctx.device.officeId) {
    return {
      result: { opId: slot.opId, outcome: 'rejected', code: 'unauthorized' },
      officeStamp: null,
    };
  }
  return mergeIntoRegistry(tx, ctx, parsed.op);
}
