import type { Locale } from '../i18n/locales';
import type { CodeItem } from './code-item';

/** An item's label in a locale, falling back to English when the list has none there. */
export function itemLabel(item: CodeItem, locale: Locale): string {
  const localised = item.labels[locale];
  return localised === undefined || localised === '' ? item.labels.en : localised;
}
