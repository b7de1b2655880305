import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  itemLabel,
  loadCodeList,
  loadedCodeList,
  type CodeItem,
  type StandardCodeListId,
} from '../../../../../shared/codelists/lazy';
import { isLocale, type Locale } from '../../../../../shared/i18n/locales';

/** The code lists the members list labels from (facets and rows). */
export const listLabelIds = [
  'iso-3166-1',
  'iso-3166-2',
  'isic-rev4',
  'isco-08',
  'iso-639-3',
] as const satisfies readonly StandardCodeListId[];
export type ListLabelId = (typeof listLabelIds)[number];

type Indexes = ReadonlyMap<ListLabelId, ReadonlyMap<string, CodeItem>>;

function indexLoaded(): Indexes {
  const indexes = new Map<ListLabelId, ReadonlyMap<string, CodeItem>>();
  for (const id of listLabelIds) {
    const list = loadedCodeList(id);
    if (list) indexes.set(id, new Map(list.items.map((item) => [item.code, item])));
  }
  return indexes;
}

/** A code's label in the interface language; undefined until its list has loaded (or if unknown). */
export type ListLabel = (list: ListLabelId, code: string) => string | undefined;

/** Loads the lists the members list needs (each its own chunk, once) and labels codes from them. */
export function useListLabels(): ListLabel {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en';
  const [indexes, setIndexes] = useState(indexLoaded);
  useEffect(() => {
    if (indexes.size === listLabelIds.length) return;
    let live = true;
    void Promise.allSettled(listLabelIds.map((id) => loadCodeList(id))).then((results) => {
      if (results.some((r) => r.status === 'rejected'))
        console.warn('memberList: code list failed');
      if (live) setIndexes(indexLoaded());
    });
    return () => {
      live = false;
    };
  }, [indexes.size]);
  return useMemo(
    () => (list: ListLabelId, code: string) => {
      const item = indexes.get(list)?.get(code);
      return item === undefined ? undefined : itemLabel(item, locale);
    },
    [indexes, locale],
  );
}
