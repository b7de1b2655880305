import type { Bytes } from './bytes';

const AES_GCM = { name: 'AES-GCM', length: 256 } as const;
/** A session's data key: encrypts records and unwraps the blind-index key; never exportable. */
const SESSION_USAGES: KeyUsage[] = ['encrypt', 'decrypt', 'unwrapKey'];

/**
 * Wraps the data key under a key-encryption key with AES-KW (RFC 3394: its integrity check makes
 * a wrong passphrase fail at unwrap). Only a transiently extractable key can be wrapped.
 */
export async function wrapDataKey(extractableDek: CryptoKey, kek: CryptoKey): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.wrapKey('raw', extractableDek, kek, 'AES-KW'));
}

/** Imports raw key material as the session's non-extractable data key. */
export function importSessionDataKey(raw: Bytes): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, AES_GCM, false, SESSION_USAGES);
}

/** Unwraps the data key for use: non-extractable. Null when the KEK is wrong. */
export async function unwrapDataKey(
  wrapped: Uint8Array,
  kek: CryptoKey,
): Promise<CryptoKey | null> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      wrapped as Bytes,
      kek,
      'AES-KW',
      AES_GCM,
      false,
      SESSION_USAGES,
    );
  } catch {
    return null;
  }
}

/**
 * Rewraps the data key from one KEK to another (passphrase change, new staff account, recovery).
 * The key is unwrapped as extractable only inside this function and only to be wrapped again:
 * it never reaches the caller, and the session key stays non-extractable. Null when `fromKek`
 * is wrong. Data is never re-encrypted.
 */
export async function rewrapDataKey(
  wrapped: Uint8Array,
  fromKek: CryptoKey,
  toKek: CryptoKey,
): Promise<Bytes | null> {
  let transient: CryptoKey;
  try {
    transient = await crypto.subtle.unwrapKey(
      'raw',
      wrapped as Bytes,
      fromKek,
      'AES-KW',
      AES_GCM,
      true,
      ['encrypt'],
    );
  } catch {
    return null;
  }
  return wrapDataKey(transient, toKek);
}
