import { Bitset } from './bitset';
import type { OccupationPostings } from './occupation-postings';
import { WordLevel, type TextIndex, type WordMatch } from './text-index';

/** Occupation groups (ISCO-08 codes at any level) whose title matches one typed word. */
export type OccupationMatcher = (word: string) => readonly string[];

/**
 * The members of `matches` in groups of equal relevance for the typed text, best group first
 * (disjoint bitsets covering `matches`).
 */
export type Relevance = (matches: Bitset) => Bitset[];

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
  return { matches: matches ?? new Bitset(), relevance: (found) => groupsOf(words, found) };
}

/**
 * One word: exact, then prefix, then the rest, by whole-bitset operations. Several words (their
 * matches are the intersection, usually small): each member's summed level, grouped.
 */
function groupsOf(words: readonly WordMatch[], matches: Bitset): Bitset[] {
  if (words.length === 1) {
    const { exact, prefix } = words[0]!;
    const first = matches.clone().and(exact);
    const second = matches.clone().and(prefix).andNot(exact);
    const rest = matches.clone().andNot(prefix);
    return [first, second, rest];
  }
  const byScore = new Map<number, Bitset>();
  matches.forEach((slot) => {
    let score = 0;
    for (const word of words) {
      if (word.exact.has(slot)) score += WordLevel.exact;
      else if (word.prefix.has(slot)) score += WordLevel.prefix;
      else score += WordLevel.fuzzy;
    }
    let group = byScore.get(score);
    if (!group) byScore.set(score, (group = new Bitset(matches.words.length * 32)));
    group.add(slot);
  });
  return [...byScore.entries()].sort(([a], [b]) => b - a).map(([, group]) => group);
}
