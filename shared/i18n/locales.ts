/** The languages the interface ships in. Arabic is written right to left. */
export const supportedLocales = ['en', 'fr', 'ar', 'pt'] as const;
export type Locale = (typeof supportedLocales)[number];

const rtlLocales: ReadonlySet<Locale> = new Set(['ar']);

export function textDirection(locale: Locale): 'rtl' | 'ltr' {
  return rtlLocales.has(locale) ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}
