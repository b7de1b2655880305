import { isDroppableWord, nameWords, significantWords, type NameWord } from './name-tokens';
import { skeletonKey } from './skeleton-key';

/**
 * Skeleton keys in a search index start with this, so "~mr" (the skeleton of Oumar) never
 * matches a plain word "mr". "~" is a symbol, not punctuation: MiniSearch's default tokenizer
 * keeps it as part of the term, and prefix search on "~mh" finds "~mhmd".
 */
export const skeletonKeyPrefix = '~';

export function skeletonSearchKey(token: string): string {
  return skeletonKeyPrefix + skeletonKey(token);
}

function wordKeys(word: NameWord): string[] {
  const keys = [word.token, skeletonSearchKey(word.token)];
  for (const part of word.parts) {
    if (!isDroppableWord(part, word.script)) keys.push(part, skeletonSearchKey(part));
  }
  return keys;
}

/**
 * What to index for a name in any script: each token and its skeleton key; for compounds also
 * the words they were joined from ("abdallah", "abd", "allah"), so a search for either half
 * finds it; honorifics and particles as plain words only ("ben" finds "Ben Ali"). De-duplicated.
 */
export function searchKeys(text: string): string[] {
  const words = nameWords(text);
  const kept = significantWords(words);
  const keys = kept.flatMap(wordKeys);
  for (const word of words) if (!kept.includes(word)) keys.push(word.token);
  return [...new Set(keys)];
}

/**
 * What someone typed, as one group of alternative keys per word: the token and its skeleton key
 * ("muhammad" or "~mhmd"). Combine with OR inside a group and AND across groups, so "Muhammad
 * Diallo" finds "محمد ديالو" and not every Diallo. The last group is what is being typed: use
 * prefix search on it.
 */
export function querySearchTermGroups(text: string): string[][] {
  return significantWords(nameWords(text)).map((word) => [
    ...new Set([word.token, skeletonSearchKey(word.token)]),
  ]);
}

/** Every key of querySearchTermGroups, flattened and de-duplicated (for OR-only search). */
export function querySearchKeys(text: string): string[] {
  return [...new Set(querySearchTermGroups(text).flat())];
}
