import type { DeriveKekOptions } from '../../crypto/derive-kek';
import { deriveKek } from '../../crypto/derive-kek';
import { isKdfAbort } from '../../crypto/derive-argon2id';
import type { KdfParams } from '../../crypto/kdf-params';
import { StoreFailure } from '../store-error';

/** Options of the store calls that derive a passphrase key: the person may cancel. */
export interface KdfCallOptions {
  /** Aborting stops the key derivation; the call then fails with `cancelled`, nothing changed. */
  readonly signal?: AbortSignal;
}

/** {@link deriveKek} for the store: a cancel becomes a `cancelled` StoreFailure. */
export async function deriveKekOrCancel(
  secret: string,
  params: KdfParams,
  options: DeriveKekOptions = {},
): Promise<CryptoKey> {
  try {
    return await deriveKek(secret, params, options);
  } catch (error) {
    if (isKdfAbort(error)) throw new StoreFailure({ code: 'cancelled' });
    throw error;
  }
}
