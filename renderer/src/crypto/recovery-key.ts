import { decodeBase32, encodeBase32 } from './base32';
import { concatBytes, randomBytes } from './bytes';

const SECRET_BYTES = 24;
const GROUPS = 8;
const GROUP_LENGTH = 5;

/** The recovery key as printed: 8 groups of 5 Crockford base32 characters. */
export type RecoveryKey = string & { readonly __brand: 'RecoveryKey' };

async function checkByte(secret: Uint8Array<ArrayBuffer>): Promise<number> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', secret))[0]!;
}

/**
 * A new recovery key: 192 random bits plus one check byte (so most typos are caught before any
 * key derivation), 40 characters shown once and printed, e.g. `7K3QD-M0XJ2-...`.
 */
export async function generateRecoveryKey(): Promise<RecoveryKey> {
  const secret = randomBytes(SECRET_BYTES);
  const text = encodeBase32(concatBytes(secret, Uint8Array.of(await checkByte(secret))));
  const groups = Array.from({ length: GROUPS }, (_, i) =>
    text.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH),
  );
  return groups.join('-') as RecoveryKey;
}

/**
 * Reads a typed recovery key: case, spaces, dashes and the look-alikes O/0 and I/L/1 do not
 * matter. Returns the canonical form, or null when it is not a recovery key (a typo).
 */
export async function parseRecoveryKey(input: string): Promise<RecoveryKey | null> {
  const compact = input.replace(/[\s-]/g, '');
  if (compact.length !== GROUPS * GROUP_LENGTH) return null;
  const bytes = decodeBase32(compact, SECRET_BYTES + 1);
  if (!bytes) return null;
  const secret = bytes.slice(0, SECRET_BYTES);
  if ((await checkByte(secret)) !== bytes[SECRET_BYTES]) return null;
  const text = encodeBase32(bytes);
  return Array.from({ length: GROUPS }, (_, i) =>
    text.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH),
  ).join('-') as RecoveryKey;
}
