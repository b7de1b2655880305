import { utf8 } from './bytes';
import type { KdfParams } from './kdf-params';

const KEK_ALGORITHM = { name: 'AES-KW', length: 256 } as const;
const KEK_USAGES: KeyUsage[] = ['wrapKey', 'unwrapKey'];
const RECOVERY_INFO = utf8('diaspora-desk/recovery-kek/v1');

/**
 * Derives the key-encryption key (AES-KW, non-extractable) that wraps the office data key for
 * one secret: a staff passphrase or the recovery key. Passphrases are NFC-normalised first so
 * the same words typed on two keyboards unlock alike.
 */
export async function deriveKek(secret: string, params: KdfParams): Promise<CryptoKey> {
  const password = utf8(secret.normalize('NFC'));
  switch (params.alg) {
    case 'argon2id': {
      // Loaded on first use: keeps the wasm out of the startup bundle.
      const { argon2id } = await import('hash-wasm');
      const raw = (await argon2id({
        password,
        salt: params.salt,
        iterations: params.iterations,
        memorySize: params.memoryKiB,
        parallelism: params.parallelism,
        hashLength: 32,
        outputType: 'binary',
      })) as Uint8Array<ArrayBuffer>;
      try {
        return await crypto.subtle.importKey('raw', raw, KEK_ALGORITHM, false, KEK_USAGES);
      } finally {
        raw.fill(0);
        password.fill(0);
      }
    }
    case 'pbkdf2-sha256': {
      const base = await crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveKey']);
      password.fill(0);
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
      password.fill(0);
      const algorithm = { name: 'HKDF', hash: 'SHA-256', salt: params.salt, info: RECOVERY_INFO };
      return crypto.subtle.deriveKey(algorithm, base, KEK_ALGORITHM, false, KEK_USAGES);
    }
  }
}
