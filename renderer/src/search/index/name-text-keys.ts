import { nameTokens, querySearchKeys, searchKeys } from '../../../../shared/names';
import type { MemberRecord } from './member-record';
import { memoByText } from './memo-by-text';
import type { QueryTerm, TextKeys } from './text-keys';

function namesText(parts: { given?: string; other?: string; family?: string }): string {
  return [parts.given, parts.other, parts.family].filter(Boolean).join(' ');
}

// Skill tags repeat across members far more than names do: their tokens are worked out once.
const skillKeysOf = memoByText(nameTokens);

/**
 * The app's text keys, all from shared/names: a name in any script is indexed by its ASCII
 * tokens and consonant skeletons ("محمد", "Mohamed" and "Muhammad" share "~mhmd"); skills by
 * their tokens. A typed word looks up its token and its skeleton.
 */
export const nameTextKeys: TextKeys = {
  documentKeys(record: MemberRecord): string[] {
    const keys: string[] = [];
    for (const parts of Object.values(record.names)) {
      if (parts) keys.push(...searchKeys(namesText(parts)));
    }
    for (const skill of record.skills) keys.push(...skillKeysOf(skill));
    return keys;
  },
  queryTerms(text: string): QueryTerm[] {
    return text
      .split(/\s+/u)
      .filter((typed) => typed !== '')
      .map((typed) => ({
        typed,
        keys: [...new Set([...querySearchKeys(typed), ...nameTokens(typed)])],
      }))
      .filter((term) => term.keys.length > 0);
  },
};
