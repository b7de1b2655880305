import type { TFunction } from 'i18next';
import type { Locale } from '../../../../../shared/i18n/locales';
import type { CodeLabeler, CodedValue } from './code-labels';

/** What every value formatter needs: messages and code labels in one language. */
export interface ProfileFormat {
  readonly t: TFunction<'translation'>;
  readonly locale: Locale;
  readonly label: CodeLabeler;
}

/** Joins the parts of one entry that are present. The separator reads in either direction. */
export function joinParts(parts: readonly (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' · ');
}

/**
 * Keeps a left-to-right run (a phone number, a document number) whole and in order inside
 * right-to-left text, as `<bdi dir="ltr">` would for plain strings: without it, Arabic shows
 * `+33612345678` as `33612345678+`. LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}

export function codeLabel(f: ProfileFormat, value: CodedValue | undefined): string | undefined {
  return value === undefined ? undefined : f.label(value, f.locale);
}

/** A list in the locale's own conjunction-free style: "a, b, c" (Arabic uses its comma). */
export function listOf(f: ProfileFormat, items: readonly string[]): string {
  return new Intl.ListFormat(f.locale, { style: 'narrow', type: 'unit' }).format(items);
}
