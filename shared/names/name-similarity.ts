import { jaroWinkler } from './jaro-winkler';
import { nameTokens } from './name-tokens';
import { skeletonKey } from './skeleton-key';

/** Weight of a token in a name (1 by default); lower it for common names such as Mohamed. */
export type TokenWeight = (token: string) => number;

export interface NameSimilarityOptions {
  readonly tokenWeight?: TokenWeight;
  /** tokenSimilarity, or the same function memoised (a duplicate check compares many names). */
  readonly tokenSimilarity?: (a: string, b: string) => number;
}

/** Tokens with the same skeleton (Mohamed / محمد, Kadiatou / Khadija) count as this similar. */
export const sameSkeletonSimilarity = 0.9;
/**
 * Jaro-Winkler below this counts as no resemblance; above, it is rescaled to [0, 1]. Raw
 * Jaro-Winkler rates different names far too high (Ousmane / Oumar = 0.83).
 */
export const jaroWinklerFloor = 0.8;

/** Similarity of two name tokens in [0, 1]; symmetric. `skeleton` is skeletonKey or a memo of it. */
export function tokenSimilarity(
  a: string,
  b: string,
  skeleton: (token: string) => string = skeletonKey,
): number {
  if (a === b) return 1;
  const [first, second] = a < b ? [a, b] : [b, a];
  const rescaled = Math.max(
    0,
    (jaroWinkler(first, second) - jaroWinklerFloor) / (1 - jaroWinklerFloor),
  );
  return skeleton(a) === skeleton(b) ? Math.max(sameSkeletonSimilarity, rescaled) : rescaled;
}

function mongeElkan(
  from: readonly string[],
  to: readonly string[],
  weight: TokenWeight,
  similarity: (a: string, b: string) => number,
): number {
  let total = 0;
  let weights = 0;
  for (const token of from) {
    const w = Math.max(0, weight(token));
    let best = 0;
    for (const other of to) best = Math.max(best, similarity(token, other));
    total += w * best;
    weights += w;
  }
  return weights === 0 ? 0 : total / weights;
}

/**
 * Token-set similarity of two names already split into tokens: Monge-Elkan over the rescaled
 * Jaro-Winkler of tokenSimilarity, averaged over both directions so it is symmetric and a token
 * missing on one side costs something. 0 when either side has no token.
 */
export function tokenSetSimilarity(
  a: readonly string[],
  b: readonly string[],
  options: NameSimilarityOptions = {},
): number {
  if (a.length === 0 || b.length === 0) return 0;
  const weight = options.tokenWeight ?? (() => 1);
  const similarity = options.tokenSimilarity ?? tokenSimilarity;
  const score = (mongeElkan(a, b, weight, similarity) + mongeElkan(b, a, weight, similarity)) / 2;
  return Math.min(1, Math.max(0, score));
}

/** Similarity in [0, 1] of two names written in any script (see nameTokens). Symmetric. */
export function nameSimilarity(a: string, b: string, options: NameSimilarityOptions = {}): number {
  return tokenSetSimilarity(nameTokens(a), nameTokens(b), options);
}

/**
 * A token weight from how often each skeleton occurs among registered names (inverse document
 * frequency, scaled so a name no one else has weighs 1 and the most common names about 0.2).
 */
export function commonNameWeight(
  skeletonCounts: ReadonlyMap<string, number>,
  population: number,
): TokenWeight {
  const ceiling = Math.log(1 + Math.max(1, population));
  return (token) => {
    const count = skeletonCounts.get(skeletonKey(token)) ?? 0;
    const idf = Math.log(1 + Math.max(1, population) / (1 + count));
    return Math.max(0.2, Math.min(1, idf / ceiling));
  };
}
