import type { Locale } from '../i18n/locales';
import type { StandardCodeListId } from './code-list-ids';
import { findCode } from './find-code';
import { itemLabel } from './item-label';

export { itemLabel };

/** The label of a code, or undefined when the code is not in the list. */
export function label(
  listId: StandardCodeListId,
  code: string,
  locale: Locale,
): string | undefined {
  const item = findCode(listId, code);
  return item === undefined ? undefined : itemLabel(item, locale);
}
