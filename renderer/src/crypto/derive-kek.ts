import { utf8 } from './bytes';
import type { Argon2idRunOptions } from './derive-argon2id';
import { deriveArgon2idBytes, kdfAbortError } from './derive-argon2id';
import type { KdfState } from './kdf-activity';
import { notifyKeyDerivation } from './kdf-activity';
import type { KdfParams } from './kdf-params';

const KEK_ALGORITHM = { name: 'AES-KW', length: 256 } as const;
const KEK_USAGES: KeyUsage[] = ['wrapKey', 'unwrapKey'];
const RECOVERY_INFO = utf8('diaspora-desk/recovery-kek/v1');

export interface DeriveKekOptions extends Pick<Argon2idRunOptions, 'signal' | 'useWorker'> {
  /** Told when this derivation starts and finishes (every derivation also goes to onKeyDerivation). */
  readonly onState?: (state: KdfState) => void;
}

/**
 * Derives the key-encryption key (AES-KW, non-extractable) that wraps the office data key for
 * one secret: a staff passphrase or the recovery key. Passphrases are NFC-normalised first so
 * the same words typed on two keyboards unlock alike. Argon2id runs in a worker (see
 * derive-argon2id); PBKDF2 and HKDF are WebCrypto, already off the UI thread. An aborted
 * `signal` rejects with an `AbortError`.
 */
export async function deriveKek(
  secret: string,
  params: KdfParams,
  options: DeriveKekOptions = {},
): Promise<CryptoKey> {
  const report = (state: KdfState) => {
    options.onState?.(state);
    notifyKeyDerivation(state);
  };
  if (options.signal?.aborted) throw kdfAbortError();
  report('started');
  const password = utf8(secret.normalize('NFC'));
  try {
    const kek = await deriveWith(password, params, options);
    if (options.signal?.aborted) throw kdfAbortError();
    return kek;
  } finally {
    password.fill(0);
    report('finished');
  }
}

async function deriveWith(
  password: Uint8Array<ArrayBuffer>,
  params: KdfParams,
  options: DeriveKekOptions,
): Promise<CryptoKey> {
  switch (params.alg) {
    case 'argon2id': {
      const raw = await deriveArgon2idBytes(password, params, options);
      try {
        return await crypto.subtle.importKey('raw', raw, KEK_ALGORITHM, false, KEK_USAGES);
      } finally {
        raw.fill(0);
      }
    }
    case 'pbkdf2-sha256': {
      const base = await crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveKey']);
      const algorithm = {
        name: 'PBKDF2',
        hash: 'SHA-256',
        salt: params.salt,
        iterations: params.iterations,
      };
      return crypto.subtle.deriveKey(algorithm, base, KEK_ALGORITHM, false, KEK_USAGES);
    }
    case 'hkdf-sha256': {
      const base = await crypto.subtle.importKey('raw', password, 'HKDF', false, ['deriveKey']);
      const algorithm = { name: 'HKDF', hash: 'SHA-256', salt: params.salt, info: RECOVERY_INFO };
      return crypto.subtle.deriveKey(algorithm, base, KEK_ALGORITHM, false, KEK_USAGES);
    }
  }
}
