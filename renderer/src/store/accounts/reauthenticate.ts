import { rewrapDataKey } from '../../crypto/data-key';
import { deriveKek } from '../../crypto/derive-kek';
import type { KdfParams } from '../../crypto/kdf-params';
import type { Bytes } from '../../crypto/bytes';
import { requireMeta, wrappedKeyEntry } from '../db/meta';
import { StoreFailure } from '../store-error';
import type { Session } from '../session';
import { registerFailedUnlock } from './failed-unlock';
import { openWrappedKey } from './vault-wrapped-key';

/**
 * Rewraps the data key from the session person's passphrase to another KEK. Used where the raw
 * key is needed (a new staff account, a new recovery key, a passphrase change): the person
 * types their passphrase again, and a wrong one counts toward their lockout.
 */
export async function rewrapFromSession(
  session: Session,
  passphrase: string,
  toKek: CryptoKey,
): Promise<Bytes> {
  const { db } = session.store;
  const own = await requireMeta(db, wrappedKeyEntry(session.staffId));
  const kek = await deriveKek(passphrase, own.kdf);
  const wrapped = await openWrappedKey(session.store, own);
  const rewrapped = await rewrapDataKey(wrapped, kek, toKek);
  if (!rewrapped) {
    throw new StoreFailure(
      await registerFailedUnlock(session.store, session.username, session.staffId),
    );
  }
  return rewrapped;
}

/** A KEK for a new passphrase with the store's current KDF parameters. */
export async function newPassphraseKek(
  session: Session,
  passphrase: string,
): Promise<{ kek: CryptoKey; kdf: KdfParams }> {
  const kdf = session.store.passphraseKdf();
  return { kek: await deriveKek(passphrase, kdf), kdf };
}
