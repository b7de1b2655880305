import type { PersonNames } from '../../../../../shared/domain/person-names';
import type { Locale } from '../../../../../shared/i18n/locales';
import { fullName } from './identity-contact-lines';

/** The name to head a profile with: Arabic script first for Arabic, else Latin or the passport's. */
export function personDisplayName(names: PersonNames | undefined, locale: Locale): string {
  if (names === undefined) return '';
  const order =
    locale === 'ar'
      ? (['arabic', 'latin', 'passport', 'ethiopic'] as const)
      : (['latin', 'passport', 'arabic', 'ethiopic'] as const);
  for (const script of order) {
    const parts = names[script];
    if (parts) return fullName(parts);
  }
  return '';
}
