import { Bitset } from './bitset';
import type { OccupationPostings } from './occupation-postings';
import { WordLevel, type TextIndex, type WordMatch } from './text-index';

/** Occupation groups (ISCO-08 codes at any level) whose title matches one typed word. */
export type OccupationMatcher = (word: string) => readonly string[];

/** A member's relevance for the typed text: higher is better. */
export type Relevance = (slot: number) => number;

/** Shorter words match too many titles to mean an occupation. */
const MIN_OCCUPATION_WORD = 3;

/**
 * Members matching every typed word: a word matches a member's names or skills (any of its
 * keys, exactly, as a prefix or fuzzily) or their occupation's title. Relevance adds up per
 * word: exact key 3, prefix 2, near spelling or occupation title 1.
 */
export function matchText(
  text: string,
  index: TextIndex,
  occupations: OccupationPostings,
  occupationGroups: OccupationMatcher,
): { matches: Bitset; relevance: Relevance } {
  const words: WordMatch[] = [];
  let matches: Bitset | null = null;
  for (const { typed, keys } of index.queryTerms(text)) {
    const word = index.matchTerm(keys);
    if (typed.length >= MIN_OCCUPATION_WORD) {
      occupations.orUnder(occupationGroups(typed), word.matches);
    }
    words.push(word);
    matches = matches === null ? word.matches.clone() : matches.and(word.matches);
    if (matches.isEmpty()) break;
  }
  return { matches: matches ?? new Bitset(), relevance: (slot) => relevanceOf(words, slot) };
}

function relevanceOf(words: readonly WordMatch[], slot: number): number {
  let score = 0;
  for (const word of words) {
    if (word.exact.has(slot)) score += WordLevel.exact;
    else if (word.prefix.has(slot)) score += WordLevel.prefix;
    else score += WordLevel.fuzzy;
  }
  return score;
}
