import type { Locale } from '../../../../shared/i18n/locales';
import type { NameScript } from '../../../../shared/domain/person-names';
import type { ProjectionSource } from './projection-source';

type Names = ProjectionSource['names'];

const preference: Readonly<Record<Locale, readonly NameScript[]>> = {
  en: ['latin', 'passport', 'arabic', 'ethiopic'],
  fr: ['latin', 'passport', 'arabic', 'ethiopic'],
  pt: ['latin', 'passport', 'arabic', 'ethiopic'],
  ar: ['arabic', 'latin', 'passport', 'ethiopic'],
};

function written(names: Names, script: NameScript): string | undefined {
  const parts = names[script];
  if (!parts) return undefined;
  const text = [parts.given, parts.other, parts.family].filter(Boolean).join(' ');
  return text === '' ? undefined : text;
}

/** The name in the best script for the interface language, and one in another script. */
export function displayName(names: Names, locale: Locale): { name: string; altName?: string } {
  const order = preference[locale] ?? preference.en;
  const written_ = order.map((script) => written(names, script)).filter((n) => n !== undefined);
  const [name = '', ...others] = written_;
  const altName = others.find((other) => other !== name);
  return altName === undefined ? { name } : { name, altName };
}
