import type { NameParts, NameScript, PersonNames } from '../../../shared/domain/person-names';
import type { Locale } from '../../../shared/i18n/locales';

const scriptOrder: Readonly<Record<Locale, readonly NameScript[]>> = {
  ar: ['arabic', 'latin', 'passport', 'ethiopic'],
  en: ['latin', 'passport', 'arabic', 'ethiopic'],
  fr: ['latin', 'passport', 'arabic', 'ethiopic'],
  pt: ['latin', 'passport', 'arabic', 'ethiopic'],
};

function joinParts(parts: NameParts): string {
  return [parts.given, parts.other, parts.family].filter((p) => p !== undefined).join(' ');
}

/** A person's name for lists, in the script that suits the interface language; '' if none. */
export function personDisplayName(names: PersonNames | undefined, locale: Locale): string {
  if (names === undefined) return '';
  for (const script of scriptOrder[locale]) {
    const parts = names[script];
    if (parts !== undefined) return joinParts(parts);
  }
  return '';
}
