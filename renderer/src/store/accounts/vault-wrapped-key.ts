import type { z } from 'zod';
import type { Bytes } from '../../crypto/bytes';
import type { KdfParams } from '../../crypto/kdf-params';
import type { WrappedKeyMeta } from '../db/meta';
import { StoreFailure } from '../store-error';
import type { OfficeStore } from '../session';

/** A wrapped-key entry as stored in meta (`wrapped` is the vault's blob). */
export type StoredWrappedKey = z.output<typeof WrappedKeyMeta>;

/** A data key just wrapped (AES-KW) for one KEK, before the vault protects it. */
export interface PlainWrappedKey {
  readonly kdf: KdfParams;
  readonly wrapped: Bytes;
  readonly createdAt: string;
}

/**
 * Protects a passphrase-wrapped key with the store's vault, ready for writeMeta. The vault may
 * be an IPC round trip, so call this before the transaction that stores it, never inside. A
 * vault that fails is `vault-unavailable`, except with `orNone` (recovery, whose whole point is
 * to get in when the vault is broken), where the key is then stored as `none`.
 */
export async function protectWrappedKey(
  store: OfficeStore,
  key: PlainWrappedKey,
  { orNone = false }: { orNone?: boolean } = {},
): Promise<StoredWrappedKey> {
  const result = await store.vault.protect(key.wrapped);
  if (!result.ok && orNone) return { ...key, scheme: 'none' };
  if (!result.ok) throw new StoreFailure({ code: result.code });
  return { ...key, wrapped: result.value.protected, scheme: result.value.scheme };
}

/**
 * The recovery key's wrapped key is stored without the vault: it is the way back in when the OS
 * key store is gone (a new computer, a reset keyring), and its 192 random bits need no help.
 */
export function recoveryWrappedKey(key: PlainWrappedKey): StoredWrappedKey {
  return { ...key, scheme: 'none' };
}

/** The AES-KW wrapped key inside a stored entry; `vault-unavailable` if this machine cannot open it. */
export async function openWrappedKey(store: OfficeStore, stored: StoredWrappedKey): Promise<Bytes> {
  if (stored.scheme === 'none') return stored.wrapped;
  const result = await store.vault.unprotect(stored.wrapped, stored.scheme);
  if (!result.ok) throw new StoreFailure({ code: result.code });
  return result.value;
}
