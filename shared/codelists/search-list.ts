import type { Locale } from '../i18n/locales';
import type { CodeList } from './code-item';
import { foldForSearch } from './fold-for-search';
import { itemLabel } from './item-label';

export type CodeMatch = { readonly code: string; readonly label: string; readonly level: number };

type Entry = CodeMatch & { readonly folded: string; readonly wordStarts: readonly number[] };

const entries = new WeakMap<CodeList, Map<Locale, readonly Entry[]>>();

/** Where words start: after a separator, and after the Arabic article "ال" at a word start. */
function wordStarts(folded: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < folded.length; i += 1) {
    if (i === 0 || /[\s(\-'/,.;:]/.test(folded[i - 1] ?? '')) {
      starts.push(i);
      if (folded.startsWith('\u0627\u0644', i)) starts.push(i + 2);
    }
  }
  return starts;
}

function entriesFor(codeList: CodeList, locale: Locale): readonly Entry[] {
  let byLocale = entries.get(codeList);
  if (byLocale === undefined) {
    byLocale = new Map();
    entries.set(codeList, byLocale);
  }
  let list = byLocale.get(locale);
  if (list === undefined) {
    list = codeList.items.map((item) => {
      const text = itemLabel(item, locale);
      const folded = foldForSearch(text);
      return {
        code: item.code,
        label: text,
        level: item.level,
        folded,
        wordStarts: wordStarts(folded),
      };
    });
    byLocale.set(locale, list);
  }
  return list;
}

/** 0 exact code, 1 prefix (label or code), 2 word start, 3 substring, 4 every word somewhere. */
function rank(entry: Entry, query: string, words: readonly string[]): number | undefined {
  const code = entry.code.toLowerCase();
  if (code === query) return 0;
  if (entry.folded.startsWith(query) || code.startsWith(query)) return 1;
  if (entry.wordStarts.some((start) => entry.folded.startsWith(query, start))) return 2;
  if (entry.folded.includes(query)) return 3;
  if (words.length > 1 && words.every((word) => entry.folded.includes(word))) return 4;
  return undefined;
}

/**
 * Codes whose label (in the locale, English where the list has none) or code matches the query,
 * ignoring case and diacritics, for type-ahead pickers: prefix matches first, then matches at a
 * word start, then anywhere; list order within each group. An empty query matches nothing.
 * Works on a list already at hand (see loadCodeList); {@link searchCodes} looks the list up.
 */
export function searchList(
  codeList: CodeList,
  query: string,
  locale: Locale,
  limit = 20,
): CodeMatch[] {
  const folded = foldForSearch(query);
  if (folded === '' || limit <= 0) return [];
  const words = folded.split(' ');
  const ranked: { entry: Entry; rank: number; order: number }[] = [];
  entriesFor(codeList, locale).forEach((entry, order) => {
    const r = rank(entry, folded, words);
    if (r !== undefined) ranked.push({ entry, rank: r, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, limit).map(({ entry }) => ({
    code: entry.code,
    label: entry.label,
    level: entry.level,
  }));
}
