import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import type { CodeItem, CodeList } from './code-item';
import { packageListVersions } from './package-list-versions';

/** User-assigned codes the package carries that are not part of ISO 3166-1 (XK: Kosovo). */
const notInIso31661: ReadonlySet<string> = new Set(['XK']);

/** ISO 3166-1 alpha-2, 249 countries and territories, named in en/fr/ar/pt. */
export function buildCountryList(): CodeList {
  // Only the interface locales are registered (and bundled), to keep the renderer small.
  for (const data of [en, fr, ar, pt]) countries.registerLocale(data);
  const name = (code: string, locale: string): string =>
    countries.getName(code, locale, { select: 'official' }) ?? '';
  const items: CodeItem[] = Object.keys(countries.getAlpha2Codes())
    .filter((code) => !notInIso31661.has(code))
    .sort()
    .map((code) => ({
      code,
      level: 1,
      parent: null,
      labels: {
        en: name(code, 'en'),
        fr: name(code, 'fr'),
        ar: name(code, 'ar'),
        pt: name(code, 'pt'),
      },
    }));
  return {
    id: 'iso-3166-1',
    version: packageListVersions['iso-3166-1'],
    title: {
      en: 'Countries (ISO 3166-1 alpha-2)',
      fr: 'Pays (ISO 3166-1 alpha-2)',
      ar: 'البلدان (ISO 3166-1 alpha-2)',
      pt: 'Países (ISO 3166-1 alfa-2)',
    },
    source: 'Codes and names: i18n-iso-countries (en, fr, ar, pt).',
    labelsFollowEsco: false,
    items,
  };
}
