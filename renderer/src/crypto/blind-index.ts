import { toHex, utf8 } from './bytes';

/** Identifiers that get an exact-match blind index for duplicate detection. */
export const blindIndexKinds = ['phone', 'email', 'document'] as const;
export type BlindIndexKind = (typeof blindIndexKinds)[number];

/**
 * The form an identifier is compared in. Phones: E.164 digits and the plus only. E-mail: trimmed,
 * lowercased. Documents (`type|country|number`): compatibility-normalised, uppercased, without
 * spaces, dots, dashes or slashes, which people type inconsistently.
 */
export function normaliseIdentifier(kind: BlindIndexKind, value: string): string {
  const text = value.normalize('NFKC').trim();
  switch (kind) {
    case 'phone':
      return text.replace(/[^\d+]/g, '');
    case 'email':
      return text.toLowerCase();
    case 'document':
      return text.toUpperCase().replace(/[\s./-]/g, '');
  }
}

/**
 * HMAC-SHA-256 of the normalised identifier under the office's blind-index key, as hex. Equal
 * identifiers give equal indexes; without the key the index reveals nothing. The kind is part
 * of the message, so a phone never matches a document with the same digits.
 */
export async function blindIndex(
  key: CryptoKey,
  kind: BlindIndexKind,
  value: string,
): Promise<string> {
  const message = utf8(`${kind}\u0000${normaliseIdentifier(kind, value)}`);
  return toHex(await crypto.subtle.sign('HMAC', key, message));
}
