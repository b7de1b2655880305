import type { Bytes } from './bytes';
import { randomBytes, utf8 } from './bytes';
import { importSessionDataKey, unwrapDataKey, wrapDataKey } from './data-key';
import { makeKeyCheck, verifyKeyCheck } from './key-check';
import type { Sealed } from './seal';
import { seal } from './seal';

const BLIND_INDEX_INFO = utf8('diaspora-desk/blind-index/v1');
const BLIND_INDEX_AD = utf8('dd1|blind-index-key');
const HMAC_SHA256 = { name: 'HMAC', hash: 'SHA-256', length: 256 } as const;

/** The keys a session holds in memory after unlock; neither can be exported. */
export interface KeySet {
  readonly dataKey: CryptoKey;
  readonly blindIndexKey: CryptoKey;
}

/** What office setup stores: the data key wrapped for each KEK, the key check, the HMAC key. */
export interface NewKeyMaterial {
  readonly wrapped: readonly Bytes[];
  readonly keyCheck: Sealed;
  readonly blindIndexKey: Sealed;
  readonly keys: KeySet;
}

/**
 * Makes a new office's keys: a random 256-bit data key wrapped once per KEK given (the first
 * admin's passphrase, the recovery key), a key check, and a separate HMAC key for blind indexes
 * derived from the data key by HKDF and stored sealed under it. Raw bytes are zeroed after use.
 */
export async function createKeyMaterial(keks: readonly CryptoKey[]): Promise<NewKeyMaterial> {
  const raw = randomBytes(32);
  const blindRaw = await deriveBlindIndexBytes(raw);
  try {
    const extractable = await crypto.subtle.importKey('raw', raw, 'AES-GCM', true, ['encrypt']);
    const wrapped = await Promise.all(keks.map((kek) => wrapDataKey(extractable, kek)));
    const dataKey = await importSessionDataKey(raw);
    const blindIndexKey = await crypto.subtle.importKey('raw', blindRaw, HMAC_SHA256, false, [
      'sign',
    ]);
    const sealedBlind = await seal(dataKey, blindRaw, BLIND_INDEX_AD);
    const keyCheck = await makeKeyCheck(dataKey);
    return { wrapped, keyCheck, blindIndexKey: sealedBlind, keys: { dataKey, blindIndexKey } };
  } finally {
    raw.fill(0);
    blindRaw.fill(0);
  }
}

async function deriveBlindIndexBytes(raw: Bytes): Promise<Bytes> {
  const base = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveBits']);
  const params = {
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(32),
    info: BLIND_INDEX_INFO,
  };
  return new Uint8Array(await crypto.subtle.deriveBits(params, base, 256));
}

export type OpenKeySetError = 'wrong-key' | 'key-mismatch' | 'damaged-key';
export type OpenKeySetResult = { ok: true; keys: KeySet } | { ok: false; code: OpenKeySetError };

/**
 * Unwraps a data key and proves it is this database's before anything else is read: `wrong-key`
 * when the KEK does not unwrap (wrong passphrase), `key-mismatch` when it unwraps but fails the
 * key check (a wrapped key from another database), `damaged-key` when the HMAC key will not open.
 */
export async function openKeySet(
  wrapped: Uint8Array,
  kek: CryptoKey,
  keyCheck: Sealed,
  sealedBlindIndexKey: Sealed,
): Promise<OpenKeySetResult> {
  const dataKey = await unwrapDataKey(wrapped, kek);
  if (!dataKey) return { ok: false, code: 'wrong-key' };
  if (!(await verifyKeyCheck(dataKey, keyCheck))) return { ok: false, code: 'key-mismatch' };
  try {
    const blindIndexKey = await crypto.subtle.unwrapKey(
      'raw',
      sealedBlindIndexKey.ciphertext,
      dataKey,
      { name: 'AES-GCM', iv: sealedBlindIndexKey.iv, additionalData: BLIND_INDEX_AD },
      HMAC_SHA256,
      false,
      ['sign'],
    );
    return { ok: true, keys: { dataKey, blindIndexKey } };
  } catch {
    return { ok: false, code: 'damaged-key' };
  }
}
