import { z } from 'zod';
import { VaultScheme } from '../../../../shared/ipc/contract';
import { fromUtf8, utf8 } from '../../crypto/bytes';
import type { Bytes } from '../../crypto/bytes';
import { openSealed, seal } from '../../crypto/seal';
import type { OfficeStore } from '../../store/session';
import { SyncFailure } from '../sync-failure';
import { RegistryLink } from './registry-link';

const LINK_KEY = 'sync-link';
const AD = utf8(`dd1|meta|${LINK_KEY}`);
const Bytes_ = z.custom<Bytes>((v) => v instanceof Uint8Array);
const StoredLink = z.object({ iv: Bytes_, blob: Bytes_, scheme: VaultScheme });

/**
 * The link is sealed under the office's data key (AES-GCM, bound to its meta key), then
 * protected by the key vault (safeStorage in Electron, pass-through in the web bridge): the
 * credential is unreadable without an unlocked desk, and in Electron without the OS account.
 */
export async function saveLink(store: OfficeStore, link: RegistryLink): Promise<void> {
  const sealed = await seal(store.keyring.dataKey(), utf8(JSON.stringify(link)), AD);
  const vaulted = await store.vault.protect(new Uint8Array(sealed.ciphertext));
  if (!vaulted.ok) throw new SyncFailure('vault-unavailable');
  const value = { iv: sealed.iv, blob: vaulted.value.protected, scheme: vaulted.value.scheme };
  await store.db.meta.put({ key: LINK_KEY, value });
}

/** The saved link, or null when this desk is not connected. */
export async function loadLink(store: OfficeStore): Promise<RegistryLink | null> {
  const row = await store.db.meta.get(LINK_KEY);
  if (row === undefined) return null;
  const stored = StoredLink.safeParse(row.value);
  if (!stored.success) throw new SyncFailure('storage-failed');
  const opened = await store.vault.unprotect(stored.data.blob, stored.data.scheme);
  if (!opened.ok) throw new SyncFailure('vault-unavailable');
  const plain = await openSealed(
    store.keyring.dataKey(),
    { iv: stored.data.iv, ciphertext: opened.value },
    AD,
  );
  const link = plain ? RegistryLink.safeParse(JSON.parse(fromUtf8(plain))) : null;
  if (!link?.success) throw new SyncFailure('storage-failed');
  return link.data;
}

export async function deleteLink(store: OfficeStore): Promise<void> {
  await store.db.meta.delete(LINK_KEY);
}
