import type { OfficeDb } from '../../store/db/office-db';
import type { LocalOpsMeta } from '../state/sync-meta';
import { readLocalOps, writeLocalOps } from '../state/sync-meta';
import { isLocalOnly } from './local-only-types';

/**
 * Removes the ops of records that stay on the desk (staff accounts, office setup) from the
 * outbox, in one transaction, reading only ops queued since the last call. Their device
 * sequence numbers are remembered so the numbers sent to the registry stay gap-free (a gap
 * would make the registry hold every later op): see {@link wireSeqOf}.
 */
export async function setAsideLocalOps(db: OfficeDb): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    const meta = await readLocalOps(db);
    const fresh = await db.outbox.where('seq').above(meta.scannedSeq).toArray();
    if (fresh.length === 0) return;
    const local = fresh.filter((op) => isLocalOnly(op.recordType));
    await db.outbox.bulkDelete(local.map((op) => op.seq!));
    const oldest = await db.outbox.orderBy('seq').first();
    const setAside = local.map((op) => op.deviceSeq);
    await writeLocalOps(db, {
      ...foldLocalOps(meta, setAside, oldest?.deviceSeq),
      scannedSeq: fresh[fresh.length - 1]!.seq!,
    });
  });
}

/**
 * Adds the device numbers just set aside to `meta`; those below the oldest op still queued
 * (`oldestQueued`, undefined when none is) only matter as a count from now on.
 */
export function foldLocalOps(
  meta: LocalOpsMeta,
  setAside: readonly number[],
  oldestQueued: number | undefined,
): LocalOpsMeta {
  const skipped = [...meta.skipped, ...setAside];
  const below = skipped.filter((seq) => oldestQueued === undefined || seq < oldestQueued);
  return {
    scannedSeq: meta.scannedSeq,
    folded: meta.folded + below.length,
    skipped: skipped.filter((seq) => !below.includes(seq)),
  };
}

/**
 * The number of a queued op in the enrolled device's sequence: its local number, less the
 * numbers used before enrollment (`seqBase`) and those of the ops set aside before it.
 */
export function wireSeqOf(deviceSeq: number, seqBase: number, meta: LocalOpsMeta): number {
  const skippedBefore = meta.skipped.filter((seq) => seq < deviceSeq).length;
  return deviceSeq - seqBase - meta.folded - skippedBefore;
}
