import type { Locale } from '../../../../shared/i18n/locales';
import {
  FIRST_ROWS,
  type DuplicateCandidate,
  type FacetId,
  type MemberQuery,
  type MemberSearchResult,
  type MemberSummary,
  type MemberWindow,
} from '../member-search-types';
import type { CandidateKeys, MatchProfile } from '../../../../shared/matching';
import type { PersonLike } from '../../../../shared/names';
import { Bitset } from './bitset';
import { hasPurpose } from './consent-facts';
import { displayName } from './display-name';
import { DuplicateBlocks } from './duplicate-blocks';
import { FacetPostings } from './facet-postings';
import { matchText, type OccupationMatcher, type Relevance } from './match-text';
import type { MemberRecord } from './member-record';
import { MemberSlots, type StoredMember } from './member-slots';
import { OccupationPostings } from './occupation-postings';
import { MatchPostings } from './match-postings';
import { fixedResult, type OrderedResult } from './lazy-result';
import { orderResult } from './order-result';
import { SortOrders } from './sort-orders';
import { TextIndex } from './text-index';
import type { TextKeys } from './text-keys';

export interface MemberIndexOptions {
  readonly textKeys: TextKeys;
  readonly occupationGroups: OccupationMatcher;
  readonly locale: Locale;
}

/**
 * The decrypted projection of the members, in memory only, with everything the list asks of it:
 * text search, facet counts, sort, windows over the last result and duplicate candidates.
 */
export class MemberIndex {
  readonly #members = new MemberSlots();
  readonly #facets = new FacetPostings();
  readonly #occupations = new OccupationPostings();
  readonly #match = new MatchPostings();
  readonly #duplicates = new DuplicateBlocks();
  readonly #text: TextIndex;
  readonly #orders: SortOrders;
  #locale: Locale;
  #last: OrderedResult = fixedResult(new Uint32Array(0));

  constructor(private readonly options: MemberIndexOptions) {
    this.#locale = options.locale;
    this.#text = new TextIndex(options.textKeys);
    this.#orders = new SortOrders(this.#members, options.locale);
  }

  get size(): number {
    return this.#members.size;
  }

  /** A member's record as it was put (rebuilt from the compact storage). */
  get(id: string): MemberRecord | undefined {
    const slot = this.#members.slotOf(id);
    const stored = slot === undefined ? undefined : this.#members.get(slot);
    return slot === undefined || !stored ? undefined : this.#rebuild(slot, stored);
  }

  #rebuild(slot: number, stored: StoredMember): MemberRecord {
    return { ...stored, textKeys: this.#text.keysOf(slot), facets: this.#facets.valuesOf(slot) };
  }

  /** Every member's record as it was put, rebuilt one at a time (for the sealed snapshot). */
  *records(): IterableIterator<MemberRecord> {
    for (const slot of this.#members.slots()) {
      const stored = this.#members.get(slot);
      if (stored) yield this.#rebuild(slot, stored);
    }
  }

  /**
   * Every member's id, most recently changed first (the sealed snapshot's order), read from the
   * columns without rebuilding any member.
   */
  idsByRecency(): string[] {
    const members = this.#members;
    const slots = members.slots();
    slots.sort((a, b) => members.updatedMs(b) - members.updatedMs(a));
    return slots.map((slot) => members.idOf(slot)!);
  }

  /** Every member's id. */
  *ids(): IterableIterator<string> {
    for (const slot of this.#members.slots()) {
      const id = this.#members.idOf(slot);
      if (id !== undefined) yield id;
    }
  }

  /** Distinct text keys over all members (the term dictionary's size). */
  get termCount(): number {
    return this.#text.termCount;
  }

  /** The interface language names and occupation titles follow. */
  get locale(): Locale {
    return this.#locale;
  }

  setLocale(locale: Locale): void {
    this.#locale = locale;
    this.#orders.setLocale(locale);
  }

  /** Adds a chunk of new or changed members (a bulk load: sort orders are rebuilt later). */
  putMany(records: readonly MemberRecord[]): void {
    const fresh: [number, MemberRecord][] = [];
    for (const record of records) {
      const { slot, previous } = this.#store(record);
      if (previous) this.#text.put(slot, record, true);
      else fresh.push([slot, record]);
    }
    this.#text.addAll(fresh);
    this.#orders.invalidate();
  }

  /** Adds or replaces one member, keeping every structure current. */
  put(record: MemberRecord): void {
    this.#last.complete();
    const { slot, previous } = this.#store(record);
    this.#text.put(slot, record, previous !== undefined);
    this.#orders.changed(slot, true);
  }

  remove(id: string): void {
    const removed = this.#members.remove(id);
    if (!removed) return;
    this.#last.complete();
    this.#unlink(removed.slot, removed.previous);
    this.#text.remove(removed.slot);
    this.#orders.changed(removed.slot, false);
  }

  /**
   * The matching profiles of the members `keys` can find, in the same order as
   * `derivedOfAll('match')`: ranking a need over these gives the same result as over everyone.
   */
  matchCandidates(keys: CandidateKeys): MatchProfile[] {
    const found = new Bitset();
    this.#match.orCandidates(keys, found);
    const profiles: MatchProfile[] = [];
    found.forEach((slot) => {
      const derived = this.#members.derived(slot);
      if (derived) profiles.push(derived.match);
    });
    return profiles;
  }

  /** Builds the usual sort orders ahead of the first query that needs them. */
  warmOrders(): void {
    this.#orders.get('updated');
    this.#orders.get('name');
  }

  /**
   * Builds, a little at a time, what the first letter typed would otherwise build (the members
   * under each one-letter prefix): works until `enough()` says so, returns whether work is left.
   * Searches in between answer the same, warmed or not.
   */
  warmPrefixes(enough: () => boolean): boolean {
    return this.#text.warmStep(enough);
  }

  search(query: MemberQuery): MemberSearchResult {
    const { base, relevance } = this.#textMatches(query);
    const facets = this.#facets.counts(base, query.filters, this.#members.alive);
    const { total, result } = this.#ordered(query, base, relevance);
    this.#last = result;
    return { total, firstRows: this.#summaries(result, 0, FIRST_ROWS), facets };
  }

  /** Rows [from, to) of `query`'s result and its size, leaving the last search as it is. */
  window(query: MemberQuery, from: number, to: number): MemberWindow {
    const { base, relevance } = this.#textMatches(query);
    const { total, result } = this.#ordered(query, base, relevance);
    return { total, rows: this.#summaries(result, from, to) };
  }

  /** How many members have any of `values` of `facet` (each member counted once). */
  countAny(facet: FacetId, values: readonly string[]): number {
    return this.#facets.selection(facet, { [facet]: values })?.size() ?? 0;
  }

  #textMatches(query: MemberQuery): { base: Bitset; relevance: Relevance | null } {
    const text = query.text.trim();
    if (text === '') return { base: this.#members.alive.clone(), relevance: null };
    const { matches, relevance } = matchText(
      text,
      this.#text,
      this.#occupations,
      this.options.occupationGroups,
    );
    return { base: matches, relevance };
  }

  #ordered(query: MemberQuery, base: Bitset, relevance: Relevance | null) {
    const matches = base.clone();
    for (const facet of Object.keys(query.filters) as (keyof typeof query.filters)[]) {
      const selection = this.#facets.selection(facet, query.filters);
      if (selection) matches.and(selection);
    }
    const total = matches.size();
    const result = orderResult(matches, query.sort, query.descending ?? false, relevance, (key) =>
      this.#orders.get(key),
    );
    return { total, result };
  }

  rows(from: number, to: number): MemberSummary[] {
    return this.#summaries(this.#last, from, to);
  }

  #summaries(result: OrderedResult, from: number, to: number): MemberSummary[] {
    const window = result.slice(Math.max(0, from), Math.max(0, to));
    return Array.from(window).flatMap((slot) => {
      const record = this.#members.get(slot);
      return record ? [this.#summary(record)] : [];
    });
  }

  findDuplicates(
    person: PersonLike,
    residence: string | undefined,
    excludeId?: string,
  ): DuplicateCandidate[] {
    // Members found by name are read through their name columns, not rebuilt whole.
    const members = this.#members;
    const found = this.#duplicates.candidates(person, residence, (s) => members.get(s), members);
    return found.flatMap(({ slot, score, reasons }) => {
      const record = this.#members.get(slot);
      if (!record || record.id === excludeId) return [];
      return [
        { id: record.id, name: displayName(record.names, this.#locale).name, reasons, score },
      ];
    });
  }

  #store(record: MemberRecord): { slot: number; previous: StoredMember | undefined } {
    const stored = this.#members.put(record);
    if (stored.previous) this.#unlink(stored.slot, stored.previous);
    this.#facets.add(stored.slot, record.facets);
    this.#occupations.add(stored.slot, record.occupations);
    this.#match.add(stored.slot, record.derived.match);
    this.#duplicates.add(stored.slot, record);
    return stored;
  }

  #unlink(slot: number, previous: StoredMember): void {
    this.#facets.remove(slot);
    this.#occupations.remove(slot, previous.occupations);
    this.#match.remove(slot, previous.derived.match);
    this.#duplicates.remove(slot, previous);
  }

  #summary(record: StoredMember): MemberSummary {
    const { name, altName } = displayName(record.names, this.#locale);
    return {
      id: record.id,
      name,
      ...(altName === undefined ? {} : { altName }),
      ...(record.residence === undefined ? {} : { residence: record.residence }),
      ...(record.occupation === undefined ? {} : { occupation: record.occupation }),
      updatedAt: record.updatedAt,
      completeness: record.completeness,
      draft: record.incompleteDraft || !hasPurpose(record.consents, 'registration'),
    };
  }
}
