import { isAuthoredListId, itemLabel, type CodeList } from '../../../../shared/codelists/lazy';
import type { Locale } from '../../../../shared/i18n/locales';

export interface CodeOption {
  readonly value: string;
  readonly label: string;
}

/**
 * A picker's options in the interface language. Classifications (ISCO, ISIC, ISCED) keep their
 * published order and show the code, which clerks use; countries, languages and currencies are
 * sorted by name in the locale's order (subdivisions with their code, since names repeat). `within` keeps the codes under a prefix (a country's
 * subdivisions: `NE-`).
 */
export function codeOptions(
  list: CodeList,
  locale: Locale,
  within?: string,
): readonly CodeOption[] {
  const items =
    within === undefined ? list.items : list.items.filter((item) => item.code.startsWith(within));
  if (isAuthoredListId(list.id)) {
    return items.map((item) => ({
      value: item.code,
      label: `${item.code} · ${itemLabel(item, locale)}`,
    }));
  }
  const collator = new Intl.Collator(locale);
  // Subdivision names repeat across countries: their code (NE-6) tells them apart.
  const withCode = list.id === 'iso-3166-2';
  return items
    .map((item) => ({
      value: item.code,
      label: withCode ? `${itemLabel(item, locale)} (${item.code})` : itemLabel(item, locale),
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
