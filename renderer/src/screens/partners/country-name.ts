const cache = new Map<string, Intl.DisplayNames>();

/** A country's name (ISO 3166-1 alpha-2) in the interface language; the code if unknown. */
export function countryName(code: string, locale: string): string {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    cache.set(locale, names);
  }
  return names.of(code) ?? code;
}
