import type { Locale } from '../i18n/locales';
import type { StandardCodeListId } from './code-list-ids';
import { codeList } from './code-list';
import { searchList, type CodeMatch } from './search-list';

export type { CodeMatch };

/**
 * Codes whose label (in the locale, English where the list has none) or code matches the query;
 * see {@link searchList}. Builds the list synchronously: for Node and tests. The renderer loads
 * lists lazily (`loadCodeList`) and calls searchList.
 */
export function searchCodes(
  listId: StandardCodeListId,
  query: string,
  locale: Locale,
  limit = 20,
): CodeMatch[] {
  return searchList(codeList(listId), query, locale, limit);
}
