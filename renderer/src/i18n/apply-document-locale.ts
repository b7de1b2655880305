import { textDirection, type Locale } from '../../../shared/i18n/locales';

/** Sets `<html lang dir>` so the browser picks fonts, hyphenation and direction for the locale. */
export function applyDocumentLocale(root: HTMLElement, locale: Locale): void {
  root.lang = locale;
  root.dir = textDirection(locale);
}
