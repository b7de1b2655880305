import { nameScripts } from '../domain/person-names';
import {
  birthYearTolerance,
  identifierReasons,
  scoreOf,
  similarNameThreshold,
  type DuplicateScore,
  type PersonLike,
} from './duplicate-score';
import type { DuplicateReason } from './duplicate-reason';
import { tokenSetSimilarity, tokenSimilarity, type TokenWeight } from './name-similarity';
import { nameTokens } from './name-tokens';
import {
  nameTokensPerScript,
  personNameKeys,
  type NameWork,
  type NamesLike,
} from './person-name-keys';
import { skeletonKey } from './skeleton-key';

/** What one person's names give against the person being checked, worked out once. */
interface NameFacts {
  sameKey?: boolean;
  similar?: boolean;
}

/** `compute` remembered per key; forgets everything once it holds `limit` keys. */
function memoised<T>(compute: (key: string) => T, limit = Infinity): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value as T;
  };
}

/**
 * nameTokens and skeletonKey remembered for the name parts and tokens seen (at most `limit`
 * of each, then forgotten): an index that checks many registrations keeps one, so the family
 * and given names of its members are split and reduced once, not on every check.
 */
export function rememberedNameWork(limit = 20_000): NameWork {
  return { tokens: memoised(nameTokens, limit), skeleton: memoised(skeletonKey, limit) };
}

/** One string per distinct set of names: every script's parts in a fixed order, each after its length. */
function namesKey(names: NamesLike): string {
  let key = '';
  for (const script of nameScripts) {
    const parts = names[script];
    if (parts === undefined) key += '-';
    else
      for (const part of [parts.given, parts.other, parts.family]) {
        key += `${part?.length ?? 0}:${part ?? ''}`;
      }
  }
  return key;
}

export interface DuplicateScorer {
  /** duplicateScore(person, other, options). */
  score(other: PersonLike): DuplicateScore;
  /**
   * The same for someone known to share no phone, e-mail or document with the person (a
   * duplicate check that found them by name alone): only a name reason can hold, from their
   * names and birth year. Undefined when there is none.
   */
  byName(names: NamesLike | undefined, year: number | undefined): DuplicateScore | undefined;
}

/**
 * duplicateScore(person, other, options) for many `other`s: the same result, with what depends
 * on `person` alone worked out once and what depends on the other's names alone (name keys,
 * tokens, similarity) once per distinct names. Checking a registration against a block of
 * thousands of members who share a family name (Diallo in France) scores each distinct name
 * once, not each member. Only for one check: the token weight must not change meanwhile.
 */
export function duplicateScorer(
  person: PersonLike,
  options: { readonly tokenWeight?: TokenWeight; readonly work?: NameWork } = {},
): DuplicateScorer {
  // Name parts (Diallo) and tokens recur across the members checked: split and reduce each once.
  const work = options.work ?? rememberedNameWork();
  const names = person.names ?? {};
  const keys = new Set(personNameKeys(names, work));
  const tokens = nameTokensPerScript(names, work);
  const weigh = options.tokenWeight;
  const similarityOptions = {
    ...(weigh === undefined ? {} : { tokenWeight: memoised(weigh) }),
    tokenSimilarity: memoisedPair((a, b) => tokenSimilarity(a, b, work.skeleton)),
  };
  const facts = new Map<string, NameFacts>();
  const year = person.dateOfBirth?.year;

  function similar(other: NamesLike): boolean {
    let best = 0;
    for (const theirs of nameTokensPerScript(other, work)) {
      for (const ours of tokens) {
        best = Math.max(best, tokenSetSimilarity(ours, theirs, similarityOptions));
      }
    }
    return best >= similarNameThreshold;
  }

  function nameReason(
    otherNames: NamesLike,
    otherYear: number | undefined,
  ): DuplicateReason | undefined {
    const bothYears = year !== undefined && otherYear !== undefined;
    if (bothYears && Math.abs(year - otherYear) > birthYearTolerance) return undefined;
    const key = namesKey(otherNames);
    let known = facts.get(key);
    if (known === undefined) facts.set(key, (known = {}));
    if (bothYears) {
      known.sameKey ??= personNameKeys(otherNames, work).some((k) => keys.has(k));
      if (known.sameKey) return 'same-name-birth-year';
    }
    known.similar ??= similar(otherNames);
    return known.similar ? 'similar-name' : undefined;
  }

  return {
    score(other) {
      const reason = nameReason(other.names ?? {}, other.dateOfBirth?.year);
      return scoreOf([...identifierReasons(person, other), ...(reason ? [reason] : [])]);
    },
    byName(otherNames, otherYear) {
      const reason = nameReason(otherNames ?? {}, otherYear);
      return reason === undefined ? undefined : scoreOf([reason]);
    },
  };
}

function memoisedPair(compute: (a: string, b: string) => number): (a: string, b: string) => number {
  const known = new Map<string, number>();
  return (a, b) => {
    const key = `${a}\u0001${b}`;
    let value = known.get(key);
    if (value === undefined) {
      value = compute(a, b);
      known.set(key, value);
    }
    return value;
  };
}
