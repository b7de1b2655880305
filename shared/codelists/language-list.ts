import { iso6393, type Language } from 'iso-639-3';
import type { Locale } from '../i18n/locales';
import type { CodeItem, CodeLabels, CodeList } from './code-item';
import { displayName } from './display-name';
import { packageListVersions } from './package-list-versions';

function isCanonical(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code)[0] === code;
  } catch {
    return false;
  }
}

/**
 * Intl's names for a language, asked by its ISO 639-1 code when there is one, else by its 639-3
 * code. None when Intl aliases the code to another language: Intl names 'arb' and 'cmn' plainly
 * "Arabic" and "Chinese", which would duplicate 'ara' and 'zho'. English is asked first because
 * misses are slow and CLDR's English names are a superset of its French, Arabic and Portuguese.
 */
function intlLabels(language: Language): CodeLabels | undefined {
  const code = language.iso6391 ?? language.iso6393;
  const en = displayName('en', 'language', code);
  if (en === undefined || !isCanonical(code)) return undefined;
  const labels: { en: string } & Partial<Record<Locale, string>> = { en };
  for (const locale of ['fr', 'ar', 'pt'] as const) {
    const name = displayName(locale, 'language', code);
    if (name !== undefined) labels[locale] = name;
  }
  return labels;
}

function languageItem(language: Language): CodeItem {
  const labels = intlLabels(language) ?? { en: language.name };
  return { code: language.iso6393, level: 1, parent: null, labels };
}

/**
 * Living ISO 639-3 languages: individual languages and macrolanguages (so Arabic, Fula, Oromo,
 * Swahili or Tamashek can be chosen as a whole, as people name them). Historical, extinct,
 * ancient, constructed and special codes are left out.
 */
export function buildLanguageList(): CodeList {
  const items = iso6393
    .filter((language) => language.type === 'living' && language.scope !== 'special')
    .map(languageItem);
  return {
    id: 'iso-639-3',
    version: packageListVersions['iso-639-3'],
    title: {
      en: 'Languages (ISO 639-3)',
      fr: 'Langues (ISO 639-3)',
      ar: 'اللغات (ISO 639-3)',
      pt: 'Línguas (ISO 639-3)',
    },
    source: 'Codes and English names: iso-639-3 (SIL table). Other names: Intl.DisplayNames.',
    labelsFollowEsco: false,
    items,
  };
}
