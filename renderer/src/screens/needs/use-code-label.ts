import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { itemLabel, type StandardCodeListId } from '../../../../shared/codelists/lazy';
import { isLocale } from '../../../../shared/i18n/locales';
import { useCodeList } from '../../forms/inputs/use-code-list';

/** A code's label in the interface language once its list has loaded; the code meanwhile. */
export function useCodeLabel(listId: StandardCodeListId): (code: string) => string {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const state = useCodeList(listId);
  const byCode = useMemo(
    () =>
      state.status === 'ready'
        ? new Map(state.list.items.map((item) => [item.code, item]))
        : new Map(),
    [state],
  );
  return useCallback(
    (code: string) => {
      const item = byCode.get(code);
      return item === undefined ? code : itemLabel(item, locale);
    },
    [byCode, locale],
  );
}
