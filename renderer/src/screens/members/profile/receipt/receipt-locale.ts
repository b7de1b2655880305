import type { Locale } from '../../../../../../shared/i18n/locales';

/**
 * ISO 639-3 languages a sheet can be printed in. Arabic varieties read Standard Arabic, so the
 * macrolanguage and its spoken varieties (Hassaniya, Maghrebi, Egyptian, Sudanese, Chadian...)
 * all get the Arabic sheet. Creoles (Cabo Verdean, Haitian...) are their own languages: no match.
 */
const sheetLocaleOf: Readonly<Record<string, Locale>> = {
  eng: 'en',
  fra: 'fr',
  por: 'pt',
  ara: 'ar',
  arb: 'ar',
  mey: 'ar',
  ary: 'ar',
  arq: 'ar',
  aeb: 'ar',
  ayl: 'ar',
  arz: 'ar',
  apd: 'ar',
  shu: 'ar',
  acm: 'ar',
  apc: 'ar',
  ajp: 'ar',
  afb: 'ar',
  ars: 'ar',
  acq: 'ar',
};

/** The sheet's language: the member's preferred one when the app has it, else the interface's. */
export function receiptLocale(preferred: { code: string } | undefined, uiLocale: Locale): Locale {
  return (preferred && sheetLocaleOf[preferred.code]) ?? uiLocale;
}

/** A file name for the sheet: never the person's name (file names leak), only the member id. */
export function receiptFileName(personId: string, locale: Locale): string {
  const safeId = personId.replace(/[^0-9a-zA-Z-]/g, '').slice(0, 60);
  return `receipt-${safeId}-${locale}.pdf`;
}
