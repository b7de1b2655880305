import { randomInt } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** A one-time enrollment code of 80 random bits, shown as `XXXX-XXXX-XXXX-XXXX`. */
export function newEnrollCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i += 1) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/**
 * The code as stored (hashed): case, spaces and dashes ignored, and the letters people confuse
 * with digits read as those digits (I and L as 1, O as 0), as Crockford base32 does.
 */
export function normaliseEnrollCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}
