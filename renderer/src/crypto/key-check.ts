import { bytesEqual, utf8 } from './bytes';
import type { Sealed } from './seal';
import { openSealed, seal } from './seal';

const KNOWN_PLAINTEXT = utf8('diaspora-desk key check v1');
const AD = utf8('dd1|key-check');

/** A known plaintext sealed under the data key, kept beside the data. */
export function makeKeyCheck(dataKey: CryptoKey): Promise<Sealed> {
  return seal(dataKey, KNOWN_PLAINTEXT, AD);
}

/** True when `dataKey` is this database's key: checked before any record is touched. */
export async function verifyKeyCheck(
  dataKey: CryptoKey,
  check: { iv: Uint8Array; ciphertext: ArrayBuffer | Uint8Array },
): Promise<boolean> {
  const plain = await openSealed(dataKey, check, AD);
  return plain !== null && bytesEqual(plain, KNOWN_PLAINTEXT);
}
