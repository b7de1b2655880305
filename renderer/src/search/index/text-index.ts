import MiniSearch from 'minisearch';
import type { MemberRecord } from './member-record';
import type { QueryTerm, TextKeys } from './text-keys';

interface Doc {
  readonly id: number;
  readonly keys: string;
}

/** Matches of one query word or of a whole query: slot -> score. */
export type Scores = Map<number, number>;

const identity = (term: string) => term;

/**
 * Per-keystroke text search over the members: MiniSearch over the keys of names (every script)
 * and skills, prefix on every word, fuzzy on words of four letters or more. Document ids are
 * the index's slots, so results join the facet bitsets without lookups.
 */
export class TextIndex {
  readonly #search = new MiniSearch<Doc>({
    fields: ['keys'],
    idField: 'id',
    tokenize: (text) => text.split(' '),
    processTerm: identity,
    searchOptions: { processTerm: identity },
  });

  constructor(private readonly keys: TextKeys) {}

  get size(): number {
    return this.#search.documentCount;
  }

  addAll(entries: readonly (readonly [number, MemberRecord])[]): void {
    this.#search.addAll(entries.map(([slot, record]) => this.#doc(slot, record)));
  }

  put(slot: number, record: MemberRecord, known: boolean): void {
    if (known) this.#search.discard(slot);
    this.#search.add(this.#doc(slot, record));
  }

  remove(slot: number): void {
    this.#search.discard(slot);
  }

  queryTerms(text: string): readonly QueryTerm[] {
    return this.keys.queryTerms(text);
  }

  /** Slots matching any of the keys of one typed word, with their scores. */
  matchTerm(alternatives: readonly string[]): Scores {
    const scores: Scores = new Map();
    if (alternatives.length === 0) return scores;
    const results = this.#search.search(
      { combineWith: 'OR', queries: [...alternatives] },
      { prefix: true, fuzzy: (term) => (term.length >= 4 ? 0.2 : false), maxFuzzy: 2 },
    );
    for (const result of results) scores.set(result.id as number, result.score);
    return scores;
  }

  #doc(slot: number, record: MemberRecord): Doc {
    return { id: slot, keys: record.textKeys.join(' ') };
  }
}
