import {
  birthYearTolerance,
  commonNameWeight,
  duplicateScorer,
  personNameKeys,
  personNameTokens,
  rememberedNameWork,
  skeletonKey,
  type DuplicateReason,
  type DuplicateScore,
  type NamesLike,
  type PersonLike,
} from '../../../../shared/names';
import { KeySlotTable } from './key-slot-table';
import type { StoredMember } from './member-slots';

/** Blocking keys of one member: exact identifiers, name keys + birth year, family + country. */
export function blockingKeys(person: PersonLike, residence: string | undefined): string[] {
  const keys: string[] = [];
  for (const phone of person.phones ?? []) keys.push(`p|${phone.number}`);
  if (person.email) keys.push(`e|${person.email.trim().toLowerCase()}`);
  for (const doc of person.documents ?? []) {
    keys.push(`d|${doc.number.toUpperCase().replace(/[\s./-]/g, '')}`);
  }
  const year = person.dateOfBirth?.year;
  const nameKeys = personNameKeys(person.names ?? {});
  // A year known only roughly: the neighbouring years are looked up too (see candidates).
  if (year !== undefined) for (const key of nameKeys) keys.push(`n|${key}|${year}`);
  else for (const key of nameKeys) keys.push(`n|${key}|?`);
  if (residence) {
    for (const parts of Object.values(person.names ?? {})) {
      const family = parts?.family ? personNameTokens({ latin: { family: parts.family } }) : [];
      for (const token of family) keys.push(`f|${skeletonKey(token)}|${residence}`);
    }
  }
  return [...new Set(keys)];
}

/** A member's blocking keys as the index holds them (hashed, distinct), worked out once. */
export function duplicateKeysOf(person: PersonLike, residence: string | undefined): number[] {
  return [...new Set(blockingKeys(person, residence).map(keyHash))];
}

/** The distinct consonant skeletons of a member's name tokens (common-name weighting). */
export function nameSkeletonsOf(names: PersonLike['names']): string[] {
  return [...new Set(personNameTokens(names ?? {}).map(skeletonKey))];
}

/** Cheap reads of a member's names and birth year by slot (the blocks hold live slots only). */
export interface NameFields {
  names(slot: number): NamesLike;
  birthYear(slot: number): number | undefined;
}

function yearsContradict(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && Math.abs(a - b) > birthYearTolerance;
}

/** The keys to look a new registration up by (a birth year also finds the years beside it). */
function lookupKeys(person: PersonLike, residence: string | undefined): string[] {
  const keys = blockingKeys(person, residence);
  const year = person.dateOfBirth?.year;
  if (year === undefined) return keys;
  const names = personNameKeys(person.names ?? {});
  for (const key of names) keys.push(`n|${key}|${year - 1}`, `n|${key}|${year + 1}`, `n|${key}|?`);
  return keys;
}

/** The hashes of the keys `person` is looked up by: a member holding one is a candidate. */
export function lookupHashes(person: PersonLike, residence: string | undefined): number[] {
  return [...new Set(lookupKeys(person, residence).map(keyHash))];
}

export function personLikeOf(record: StoredMember): PersonLike {
  return {
    names: record.names,
    ...(record.birthYear === undefined ? {} : { dateOfBirth: { year: record.birthYear } }),
    phones: record.phones.map((number) => ({ number })),
    ...(record.email === undefined ? {} : { email: record.email }),
    documents: record.documents.map((d) => ({
      number: d.number,
      issuingCountry: { code: d.country },
    })),
  };
}

/**
 * A blocking key as a 30-bit hash (FNV-1a), so the map holds small integers rather than
 * ~2 million strings. Two keys that collide only add a candidate, which duplicateScore then
 * judges on the actual fields like any other.
 */
function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

/**
 * Duplicate candidates by blocking keys held in memory (a compact multimap, see KeySlotTable),
 * scored as shared/names' duplicateScore would with common names weighing less (skeleton counts
 * over all members). The work per check is one pass over the slots the keys find (a family name
 * in a country can hold thousands) plus the name comparison once per distinct name among them
 * (duplicateScorer): there is no cap, so recall is exactly that of the blocking keys.
 */
export class DuplicateBlocks {
  readonly #slotsByKey = new KeySlotTable();
  /** Name parts' tokens and skeletons, kept between checks (bounded: see rememberedNameWork). */
  readonly #nameWork = rememberedNameWork();
  #skeletons = new Map<string, number>();
  #population = 0;

  add(slot: number, record: StoredMember): void {
    for (const key of record.duplicateKeys) this.#slotsByKey.add(key, slot);
    this.#countSkeletons(record, 1);
  }

  remove(slot: number, record: StoredMember): void {
    for (const key of record.duplicateKeys) this.#slotsByKey.remove(key, slot);
    this.#countSkeletons(record, -1);
  }

  /**
   * Scored candidates for `person` among the members (slot, score, reasons), best first.
   * `record` gives a whole member (read for those sharing a phone, e-mail or document); `fields`,
   * when given, reads the birth year and names of the many a common name finds without it.
   */
  candidates(
    person: PersonLike,
    residence: string | undefined,
    record: (slot: number) => StoredMember | undefined,
    fields?: NameFields,
  ): { slot: number; score: number; reasons: DuplicateReason[] }[] {
    const slots = new Set<number>();
    const byIdentifier = new Set<number>();
    for (const key of lookupKeys(person, residence)) {
      const into = key.startsWith('n|') || key.startsWith('f|') ? slots : byIdentifier;
      this.#slotsByKey.forEach(keyHash(key), (slot) => into.add(slot));
    }
    for (const slot of byIdentifier) slots.add(slot);
    const tokenWeight = commonNameWeight(this.#skeletons, this.#population);
    const scorer = duplicateScorer(person, { tokenWeight, work: this.#nameWork });
    const found: { slot: number; score: number; reasons: DuplicateReason[] }[] = [];
    const year = person.dateOfBirth?.year;
    for (const slot of slots) {
      let scored: DuplicateScore | undefined;
      if (byIdentifier.has(slot) || !fields) {
        const other = record(slot);
        if (!other) continue;
        // Found by name alone: they share no phone, e-mail or document with the person (that
        // key would have found them), so only their names and birth year can give a reason.
        scored = byIdentifier.has(slot)
          ? scorer.score(personLikeOf(other))
          : scorer.byName(other.names, other.birthYear);
      } else {
        const otherYear = fields.birthYear(slot);
        if (yearsContradict(year, otherYear)) continue;
        scored = scorer.byName(fields.names(slot), otherYear);
      }
      if (scored && scored.reasons.length > 0) found.push({ slot, ...scored });
    }
    return found.sort((a, b) => b.score - a.score || a.slot - b.slot);
  }

  #countSkeletons(record: StoredMember, delta: 1 | -1): void {
    this.#population += delta;
    for (const skeleton of record.nameSkeletons) {
      const count = (this.#skeletons.get(skeleton) ?? 0) + delta;
      if (count > 0) this.#skeletons.set(skeleton, count);
      else this.#skeletons.delete(skeleton);
    }
  }
}
