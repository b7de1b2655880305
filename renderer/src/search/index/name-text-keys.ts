import { nameTokens, nameWords, querySearchTermGroups, searchKeys } from '../../../../shared/names';
import type { MemberRecord } from './member-record';
import { memoByText } from './memo-by-text';
import type { QueryTerm, TextKeys } from './text-keys';

function namesText(parts: { given?: string; other?: string; family?: string }): string {
  return [parts.given, parts.other, parts.family].filter(Boolean).join(' ');
}

/**
 * The typed words, with the runs that make one compound name joined back ("Abd Allah", "Abou
 * Bakr", "عبد الله"), so they are looked up as the compound ("abdallah" finds "Abdallahi") and
 * not as words that must each match. Each phrase keeps its typed text (occupation titles).
 */
function typedPhrases(text: string): string[] {
  const words = text.split(/\s+/u).filter((typed) => typed !== '');
  const phrases: string[] = [];
  for (let i = 0; i < words.length;) {
    const run = [3, 2].find(
      (n) => i + n <= words.length && nameWords(words.slice(i, i + n).join(' ')).length === 1,
    );
    const n = run ?? 1;
    phrases.push(words.slice(i, i + n).join(' '));
    i += n;
  }
  return phrases;
}

// Skill tags repeat across members far more than names do: their tokens are worked out once.
const skillKeysOf = memoByText(nameTokens);

/**
 * The app's text keys, all from shared/names: a name in any script is indexed by its ASCII
 * tokens and consonant skeletons ("محمد", "Mohamed" and "Muhammad" share "~mhmd"); skills by
 * their tokens. A typed word looks up its token and its skeleton.
 */
/** The distinct keys a member is found by: names in every script, then skills. */
export function memberTextKeys(member: Pick<MemberRecord, 'names' | 'skills'>): string[] {
  const keys: string[] = [];
  for (const parts of Object.values(member.names)) {
    if (parts) keys.push(...searchKeys(namesText(parts)));
  }
  for (const skill of member.skills) keys.push(...skillKeysOf(skill));
  return [...new Set(keys)];
}

export const nameTextKeys: TextKeys = {
  documentKeys: memberTextKeys,
  queryTerms(text: string): QueryTerm[] {
    return typedPhrases(text)
      .map((typed) => ({
        typed,
        keys: [...new Set([...querySearchTermGroups(typed).flat(), ...nameTokens(typed)])],
      }))
      .filter((term) => term.keys.length > 0);
  },
};
