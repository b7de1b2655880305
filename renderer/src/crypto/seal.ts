import type { Bytes } from './bytes';
import { randomBytes } from './bytes';

/** AES-256-GCM output: a fresh 96-bit IV and the ciphertext with its 128-bit tag. */
export interface Sealed {
  readonly iv: Bytes;
  readonly ciphertext: ArrayBuffer;
}

/** Encrypts under `key` with a fresh random IV, binding `additionalData` (never stored). */
export async function seal(
  key: CryptoKey,
  plaintext: Bytes,
  additionalData: Bytes,
): Promise<Sealed> {
  const iv = randomBytes(12);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData, tagLength: 128 },
    key,
    plaintext,
  );
  return { iv, ciphertext };
}

/**
 * Decrypts and authenticates. Null when the ciphertext, the IV or the additional data is not
 * what was sealed (damaged bytes, a ciphertext moved to another record, the wrong key).
 */
export async function openSealed(
  key: CryptoKey,
  sealed: { iv: Uint8Array; ciphertext: ArrayBuffer | Uint8Array },
  additionalData: Bytes,
): Promise<Bytes | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as Bytes, additionalData, tagLength: 128 },
      key,
      sealed.ciphertext as ArrayBuffer,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
