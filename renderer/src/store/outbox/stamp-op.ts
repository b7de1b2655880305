import { decodeHlc, encodeHlc, hlcNow, hlcZero } from '../../../../shared/sync/hlc';
import { metaEntries, readMeta, writeMeta } from '../db/meta';
import type { Actor } from '../session';

/**
 * The HLC stamp and device sequence number for the next op. Read and advanced inside the write's
 * transaction, so two writes never share a number and a reload never goes back (both persist,
 * and an aborted write gives its number back).
 */
export async function stampOp(actor: Actor): Promise<{ hlc: string; deviceSeq: number }> {
  const { db, clock } = actor.store;
  const last = await readMeta(db, metaEntries.opStamp, 'storage-failed');
  const decoded = last === null ? null : decodeHlc(last.hlc);
  const prev = decoded?.ok ? decoded.clock : hlcZero(actor.deviceId);
  const next = { hlc: encodeHlc(hlcNow(prev, clock.now())), deviceSeq: (last?.deviceSeq ?? 0) + 1 };
  await writeMeta(db, metaEntries.opStamp, next);
  return next;
}
