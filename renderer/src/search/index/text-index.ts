import { Bitset } from './bitset';
import type { MemberRecord } from './member-record';
import { SlotLists } from './slot-lists';
import { TermDictionary } from './term-dictionary';
import type { QueryTerm, TextKeys } from './text-keys';

/** How well one typed word matched a member: the whole key, its start, or a near spelling. */
export const WordLevel = { fuzzy: 1, prefix: 2, exact: 3 } as const;

/** Members matching one typed word: every match, and the exact and prefix ones among them. */
export interface WordMatch {
  readonly matches: Bitset;
  readonly exact: Bitset;
  readonly prefix: Bitset;
}

/** Words shorter than this are never looked up fuzzily (too many near spellings). */
const MIN_FUZZY_LENGTH = 4;

/** Edits allowed for a word of `length`: one up to 7 letters, two from 8 (as MiniSearch's 0.2). */
export function fuzzyDistance(length: number): number {
  return length < MIN_FUZZY_LENGTH ? 0 : Math.min(2, Math.round(length * 0.2));
}

/**
 * Per-keystroke text search over the members' keys (names in every script, skills): a term
 * dictionary of the keys worked out at projection (MemberRecord.textKeys), each member's term
 * ids in a pooled typed array. A typed word matches its keys exactly, as a prefix, or within one
 * or two edits (words of four letters or more). Results are bitsets of slots, so they join the
 * facets without lookups, and nothing is built per matching member.
 */
export class TextIndex {
  readonly #terms = new TermDictionary();
  readonly #ofSlot = new SlotLists();
  #capacity = 0;

  constructor(private readonly keys: TextKeys) {}

  get termCount(): number {
    return this.#terms.termCount;
  }

  addAll(entries: readonly (readonly [number, MemberRecord])[]): void {
    for (const [slot, record] of entries) this.#link(slot, record.textKeys, true);
  }

  put(slot: number, record: MemberRecord, known: boolean): void {
    if (known) this.remove(slot);
    this.#link(slot, record.textKeys, false);
  }

  remove(slot: number): void {
    this.#terms.remove(slot, this.#ofSlot.get(slot));
    this.#ofSlot.clear(slot);
  }

  /** Builds one-letter prefix sets ahead of use until `enough()` (see TermDictionary). */
  warmStep(enough: () => boolean): boolean {
    return this.#terms.warmStep(enough);
  }

  /** The keys a member was indexed by (as MemberRecord.textKeys). */
  keysOf(slot: number): string[] {
    return Array.from(this.#ofSlot.get(slot), (id) => this.#terms.term(id));
  }

  queryTerms(text: string): readonly QueryTerm[] {
    return this.keys.queryTerms(text);
  }

  /** Slots matching any of the keys of one typed word. */
  matchTerm(alternatives: readonly string[]): WordMatch {
    const exact = new Bitset(this.#capacity);
    const prefix = new Bitset(this.#capacity);
    const matches = new Bitset(this.#capacity);
    for (const key of alternatives) {
      this.#terms.exact(key, exact);
      this.#terms.prefix(key, prefix);
      const distance = fuzzyDistance(key.length);
      if (distance > 0) this.#terms.fuzzy(key, distance, matches);
    }
    matches.or(prefix);
    return { matches, exact, prefix };
  }

  #link(slot: number, keys: readonly string[], bulk: boolean): void {
    const ids = keys.map((key) => this.#terms.intern(key, bulk));
    this.#ofSlot.set(slot, ids);
    this.#terms.add(slot, ids);
    this.#capacity = Math.max(this.#capacity, slot + 1);
  }
}
