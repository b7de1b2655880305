import { decodeHlc, encodeHlc, hlcNow, hlcZero } from '../../../../shared/sync/hlc';
import { metaEntries, readMeta, writeMeta } from '../db/meta';
import type { Actor } from '../session';

/**
 * The HLC stamp and device sequence number for the next op. Read and advanced inside the write's
 * transaction, so two writes never share a number and a reload never goes back (both persist).
 */
export async function stampOp(actor: Actor): Promise<{ hlc: string; deviceSeq: number }> {
  const { db, clock } = actor.store;
  const [stored, lastSeq] = await Promise.all([
    readMeta(db, metaEntries.hlc, 'storage-failed'),
    readMeta(db, metaEntries.deviceSeq, 'storage-failed'),
  ]);
  const decoded = stored === null ? null : decodeHlc(stored);
  const prev = decoded?.ok ? decoded.clock : hlcZero(actor.deviceId);
  const hlc = encodeHlc(hlcNow(prev, clock.now()));
  const deviceSeq = (lastSeq ?? 0) + 1;
  await Promise.all([
    writeMeta(db, metaEntries.hlc, hlc),
    writeMeta(db, metaEntries.deviceSeq, deviceSeq),
  ]);
  return { hlc, deviceSeq };
}
