import type { Locale } from '../../../shared/i18n/locales';
import ar from '../../../locales/ar.json';
import en from '../../../locales/en.json';
import fr from '../../../locales/fr.json';
import pt from '../../../locales/pt.json';

/** Every locale is bundled: the interface never fetches translations. */
export const resources = {
  en: { translation: en },
  fr: { translation: fr },
  ar: { translation: ar },
  pt: { translation: pt },
} satisfies Record<Locale, { translation: typeof en }>;
