import type { Locale } from '../i18n/locales';
import type { CodeItem } from './code-item';
import type { StandardCodeListId } from './code-list-ids';
import { findCode } from './find-code';

/** An item's label in a locale, falling back to English when the list has none there. */
export function itemLabel(item: CodeItem, locale: Locale): string {
  const localised = item.labels[locale];
  return localised === undefined || localised === '' ? item.labels.en : localised;
}

/** The label of a code, or undefined when the code is not in the list. */
export function label(
  listId: StandardCodeListId,
  code: string,
  locale: Locale,
): string | undefined {
  const item = findCode(listId, code);
  return item === undefined ? undefined : itemLabel(item, locale);
}
