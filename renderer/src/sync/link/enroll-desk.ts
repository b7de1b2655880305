import { requireSession } from '../../store/session';
import type { Session } from '../../store/session';
import { syncTables } from '../sync-tables';
import type { SyncTransport } from '../transport/sync-transport';
import { clearSyncMeta, readLocalOps, writeLocalOps } from '../state/sync-meta';
import { endpoint } from '../transport/fetch-transport';
import { deleteLink, saveLink } from './link-storage';
import type { RegistryLink } from './registry-link';

export interface EnrollInput {
  readonly url: string;
  readonly code: string;
  readonly deviceName: string;
}

/**
 * Trades a one-time code for this desk's device credential and saves the link (sealed, in the
 * vault). The local ops not yet sent are numbered for the new device from 1: `seqBase` is the
 * local sequence number just before the oldest of them.
 */
export async function enrollDesk(
  session: Session,
  transport: SyncTransport,
  input: EnrollInput,
  signal?: AbortSignal,
): Promise<RegistryLink> {
  requireSession(session);
  const url = new URL(endpoint(input.url.trim(), '')).toString().replace(/\/$/, '');
  const code = input.code.trim();
  const answer = await transport.enroll(url, code, input.deviceName, signal);
  requireSession(session);
  const { db } = session.store;
  const oldest = await db.outbox.orderBy('seq').first();
  const stamp = await db.meta.get('op-stamp');
  const lastSeq = (stamp?.value as { deviceSeq?: number } | undefined)?.deviceSeq ?? 0;
  const link: RegistryLink = {
    url,
    deviceId: answer.deviceId,
    credential: answer.credential,
    office: answer.office,
    seqBase: oldest ? oldest.deviceSeq - 1 : lastSeq,
    enrolledAt: new Date(session.store.clock.now()).toISOString(),
  };
  await clearSyncState(session);
  await restartLocalOps(session, link.seqBase);
  await saveLink(session.store, link);
  return link;
}

/** The new device counts from `seqBase`: only set-aside numbers above it still matter. */
async function restartLocalOps(session: Session, seqBase: number): Promise<void> {
  const { db } = session.store;
  await db.transaction('rw', [db.meta], async () => {
    const meta = await readLocalOps(db);
    await writeLocalOps(db, {
      ...meta,
      folded: 0,
      skipped: meta.skipped.filter((s) => s > seqBase),
    });
  });
}

/** Forgets the registry: credential, cursor and sync bookkeeping. Local records and ops stay. */
export async function disconnectDesk(session: Session): Promise<void> {
  requireSession(session);
  await clearSyncState(session);
  await deleteLink(session.store);
}

async function clearSyncState(session: Session): Promise<void> {
  const { db } = session.store;
  const tables = syncTables(db);
  await db.transaction('rw', [db.meta, tables.revs, tables.acks, tables.conflicts], async () => {
    await clearSyncMeta(db);
    await Promise.all([tables.revs.clear(), tables.acks.clear(), tables.conflicts.clear()]);
  });
}
