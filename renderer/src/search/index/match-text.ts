import { Bitset } from './bitset';
import type { OccupationPostings } from './occupation-postings';
import type { Scores, TextIndex } from './text-index';

/** Occupation groups (ISCO-08 codes at any level) whose title matches one typed word. */
export type OccupationMatcher = (word: string) => readonly string[];

/** Score of a member found through their occupation's title rather than their own words. */
const OCCUPATION_SCORE = 1;
/** Shorter words match too many titles to mean an occupation. */
const MIN_OCCUPATION_WORD = 3;

/**
 * Members matching every typed word: a word matches a member's names or skills (any of its
 * keys, prefix or fuzzy) or their occupation's title. Scores add up over the words.
 */
export function matchText(
  text: string,
  index: TextIndex,
  occupations: OccupationPostings,
  occupationGroups: OccupationMatcher,
): { matches: Bitset; scores: Scores } {
  let scores: Scores | null = null;
  for (const { typed, keys } of index.queryTerms(text)) {
    const word = index.matchTerm(keys);
    if (typed.length >= MIN_OCCUPATION_WORD) {
      for (const slot of occupations.under(occupationGroups(typed))) {
        word.set(slot, (word.get(slot) ?? 0) + OCCUPATION_SCORE);
      }
    }
    scores = scores === null ? word : intersect(scores, word);
    if (scores.size === 0) break;
  }
  const matches = new Bitset();
  for (const slot of (scores ?? new Map<number, number>()).keys()) matches.add(slot);
  return { matches, scores: scores ?? new Map() };
}

function intersect(a: Scores, b: Scores): Scores {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out: Scores = new Map();
  for (const [slot, score] of small) {
    const other = large.get(slot);
    if (other !== undefined) out.set(slot, score + other);
  }
  return out;
}
