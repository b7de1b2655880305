import { decodeHlc, encodeHlc, hlcReceive, hlcZero } from '../../../../shared/sync/hlc';
import type { Change } from '../../../../shared/sync/protocol/change';
import { metaEntries, readMeta, writeMeta } from '../../store/db/meta';
import type { Session } from '../../store/session';

/**
 * Merges the pulled stamps into the desk's HLC (no drift bound: the registry already bounded
 * them), so the next local edit sorts after everything this desk has seen. The device sequence
 * number is left as it is.
 */
export async function mergePulledClocks(session: Session, changes: readonly Change[]) {
  if (changes.length === 0) return;
  const { db, clock } = session.store;
  const last = await readMeta(db, metaEntries.opStamp, 'storage-failed');
  const decoded = last === null ? null : decodeHlc(last.hlc);
  let local = decoded?.ok ? decoded.clock : hlcZero(session.deviceId);
  for (const change of changes) {
    const remote = decodeHlc(change.hlc);
    if (!remote.ok) continue;
    const merged = hlcReceive(local, remote.clock, clock.now());
    if (merged.ok) local = merged.clock;
  }
  await writeMeta(db, metaEntries.opStamp, {
    hlc: encodeHlc(local),
    deviceSeq: last?.deviceSeq ?? 0,
  });
}
