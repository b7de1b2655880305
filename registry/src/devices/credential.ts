import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'ddc1_';
const CREDENTIAL_PATTERN = /^ddc1_[A-Za-z0-9_-]{43}$/;

/** A device credential: 256 random bits, base64url, with a prefix secret scanners can spot. */
export function newCredential(): string {
  return `${PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function isCredentialShaped(text: string): boolean {
  return CREDENTIAL_PATTERN.test(text);
}

/** sha-256 hex: enough for high-entropy random secrets (no password-style stretching needed). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
