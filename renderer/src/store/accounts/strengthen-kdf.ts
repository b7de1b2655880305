import { rewrapDataKey } from '../../crypto/data-key';
import type { Bytes } from '../../crypto/bytes';
import { deriveKek } from '../../crypto/derive-kek';
import { isWeakerKdf } from '../../crypto/kdf-params';
import { isoAt } from '../clock';
import { wrappedKeyEntry, writeMeta } from '../db/meta';
import type { OfficeStore } from '../session';
import type { PlainWrappedKey, StoredWrappedKey } from './vault-wrapped-key';
import { protectWrappedKey } from './vault-wrapped-key';

/**
 * After a successful unlock, brings the person's wrapped key up to date: rewrapped with the
 * current KDF parameters if theirs are weaker (parameters raised in a later version), and
 * protected by the vault if it was stored without (written before the vault existed, after a
 * recovery while the OS key store was away, or copied from the web). Best effort: a failure
 * leaves the old, still valid, wrapped key in place. `wrapped` is the opened AES-KW blob.
 */
export async function strengthenKdfIfWeak(
  store: OfficeStore,
  staffId: string,
  stored: StoredWrappedKey,
  wrapped: Bytes,
  kek: CryptoKey,
  passphrase: string,
): Promise<boolean> {
  const wanted = store.passphraseKdf();
  const weakKdf = isWeakerKdf(stored.kdf, wanted);
  if (!weakKdf && stored.scheme !== 'none') return false;
  try {
    let plain: PlainWrappedKey = { kdf: stored.kdf, wrapped, createdAt: stored.createdAt };
    if (weakKdf) {
      const stronger = await deriveKek(passphrase, wanted);
      const rewrapped = await rewrapDataKey(wrapped, kek, stronger);
      if (!rewrapped) return false;
      plain = { kdf: wanted, wrapped: rewrapped, createdAt: isoAt(store.clock) };
    }
    const value = await protectWrappedKey(store, plain);
    if (!weakKdf && value.scheme === 'none') return false;
    await writeMeta(store.db, wrappedKeyEntry(staffId), value);
    return true;
  } catch {
    return false;
  }
}
