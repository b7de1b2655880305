import type { MemberRecord } from './member-record';
import type { ValueInterner } from './value-interner';

type Names = MemberRecord['names'];
type Identifiers = Pick<MemberRecord, 'phones' | 'email' | 'documents'>;

const scripts = ['latin', 'arabic', 'ethiopic', 'passport'] as const;
const parts = ['given', 'family', 'other'] as const;
/** The part number that only says "this script is present" (its parts follow). */
const PRESENT = 3;
const ID_BITS = 2 ** 28;

/**
 * A person's names as numbers, in their key order: per script present a marker, then each part
 * as (script, part) in the top 4 bits and the interned text's number in the 28 below. Null when
 * the names hold a key the encoding does not know (kept whole then, see MemberSlots).
 */
export function encodeNames(names: Names, interner: ValueInterner): number[] | null {
  const codes: number[] = [];
  for (const script of Object.keys(names)) {
    const s = scripts.indexOf(script as (typeof scripts)[number]);
    const value = names[script as keyof Names];
    if (s < 0 || value === null || typeof value !== 'object') return null;
    codes.push((s * 4 + PRESENT) * ID_BITS);
    for (const part of Object.keys(value)) {
      const p = parts.indexOf(part as (typeof parts)[number]);
      const text = value[part as keyof typeof value];
      if (text === undefined) continue;
      if (p < 0 || typeof text !== 'string') return null;
      const id = interner.id(text);
      if (id >= ID_BITS) return null;
      codes.push((s * 4 + p) * ID_BITS + id);
    }
  }
  return codes;
}

/** The names `encodeNames` gave `codes` for. */
export function decodeNames(codes: ArrayLike<number>, interner: ValueInterner): Names {
  const names: Record<string, Record<string, string>> = {};
  for (let i = 0; i < codes.length; i++) {
    const code = Math.floor(codes[i]! / ID_BITS);
    const script = scripts[code >> 2]!;
    const part = code & 3;
    if (part === PRESENT) names[script] = {};
    else names[script]![parts[part]!] = interner.text(codes[i]! % ID_BITS);
  }
  return names as Names;
}

/**
 * A member's own identifiers (phones, e-mail, documents) as one string: they are read only to
 * score a duplicate candidate or rebuild the record, and one string costs far less than arrays
 * of small objects. The empty string when there are none.
 */
export function encodeIdentifiers({ phones, email, documents }: Identifiers): string {
  if (phones.length === 0 && email === undefined && documents.length === 0) return '';
  const docs = documents.map((d) => [d.number, d.country]);
  return JSON.stringify([phones, email ?? null, docs]);
}

export function decodeIdentifiers(encoded: string): Identifiers {
  if (encoded === '') return { phones: [], email: undefined, documents: [] };
  const [phones, email, docs] = JSON.parse(encoded) as [string[], string | null, string[][]];
  return {
    phones,
    email: email ?? undefined,
    documents: docs.map(([number, country]) => ({ number: number!, country: country! })),
  };
}
