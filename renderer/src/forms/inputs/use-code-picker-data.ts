import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { searchList, type StandardCodeListId } from '../../../../shared/codelists/lazy';
import { isLocale, type Locale } from '../../../../shared/i18n/locales';
import { codeOptions, type CodeOption } from './code-options';
import { useCodeList, type CodeListState } from './use-code-list';

export interface CodePickerData {
  readonly state: CodeListState['status'];
  readonly options: readonly CodeOption[];
  /** Mantine filter ranking matches as the code lists do (prefix, word start, anywhere). */
  readonly filter: OptionsFilter;
  readonly locale: Locale;
}

/** Options and search for a picker over one code list, in the interface language. */
export function useCodePickerData(listId: StandardCodeListId, within?: string): CodePickerData {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en';
  const state = useCodeList(listId);
  const list = state.status === 'ready' ? state.list : undefined;
  const options = useMemo(
    () => (list === undefined ? [] : codeOptions(list, locale, within)),
    [list, locale, within],
  );
  const filter = useMemo<OptionsFilter>(
    () =>
      ({ options: shown, search, limit }) => {
        if (search.trim() === '' || list === undefined) return shown.slice(0, limit);
        const allowed = new Set((shown as ComboboxItem[]).map((option) => option.value));
        const ranked = searchList(list, search, locale, list.items.length)
          .filter((match) => allowed.has(match.code))
          .slice(0, limit);
        const byValue = new Map((shown as ComboboxItem[]).map((option) => [option.value, option]));
        return ranked.flatMap((match) => byValue.get(match.code) ?? []);
      },
    [list, locale],
  );
  return { state: state.status, options, filter, locale };
}
