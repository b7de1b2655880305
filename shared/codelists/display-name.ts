import type { Locale } from '../i18n/locales';

type DisplayType = 'language' | 'currency';
const cache = new Map<string, Intl.DisplayNames>();

function displayNames(locale: Locale, type: DisplayType): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let names = cache.get(key);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    cache.set(key, names);
  }
  return names;
}

/** Intl's name for a language or currency code in a locale, or undefined when Intl has none. */
export function displayName(locale: Locale, type: DisplayType, code: string): string | undefined {
  try {
    const name = displayNames(locale, type).of(code);
    return name === undefined || name === '' || name === code ? undefined : name;
  } catch {
    return undefined;
  }
}
