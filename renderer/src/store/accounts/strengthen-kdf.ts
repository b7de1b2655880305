import type { z } from 'zod';
import { rewrapDataKey } from '../../crypto/data-key';
import { deriveKek } from '../../crypto/derive-kek';
import { isWeakerKdf } from '../../crypto/kdf-params';
import { isoAt } from '../clock';
import type { WrappedKeyMeta } from '../db/meta';
import { wrappedKeyEntry, writeMeta } from '../db/meta';
import type { OfficeStore } from '../session';

/**
 * After a successful unlock, rewraps the person's data key with the current KDF parameters if
 * theirs are weaker (parameters raised in a later version). Best effort: a failure leaves the
 * old, still valid, wrapped key in place.
 */
export async function strengthenKdfIfWeak(
  store: OfficeStore,
  staffId: string,
  wrapped: z.output<typeof WrappedKeyMeta>,
  kek: CryptoKey,
  passphrase: string,
): Promise<boolean> {
  const wanted = store.passphraseKdf();
  if (!isWeakerKdf(wrapped.kdf, wanted)) return false;
  try {
    const stronger = await deriveKek(passphrase, wanted);
    const rewrapped = await rewrapDataKey(wrapped.wrapped, kek, stronger);
    if (!rewrapped) return false;
    const value = { kdf: wanted, wrapped: rewrapped, createdAt: isoAt(store.clock) };
    await writeMeta(store.db, wrappedKeyEntry(staffId), value);
    return true;
  } catch {
    return false;
  }
}
