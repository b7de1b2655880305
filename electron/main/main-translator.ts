import { createInstance } from 'i18next';
import type { Locale } from '../../shared/i18n/locales';
import { main as ar } from '../../locales/ar.json';
import { main as en } from '../../locales/en.json';
import { main as fr } from '../../locales/fr.json';
import { main as pt } from '../../locales/pt.json';

/** The keys the main process shows itself (dialog titles, menus), all under `main.*`. */
export type MainKey = 'main.dialog.saveTitle' | 'main.dialog.openTitle';

export type Translate = (key: MainKey) => string;

/** Only the `main` block of each locale is loaded: the renderer's strings stay in the renderer. */
const resources = {
  en: { translation: { main: en } },
  fr: { translation: { main: fr } },
  ar: { translation: { main: ar } },
  pt: { translation: { main: pt } },
} satisfies Record<Locale, { translation: { main: unknown } }>;

/**
 * A small i18next instance for main-process strings, answering in the locale in force at each
 * call (the user may switch language while the app runs). Missing keys fall back to English.
 */
export function createMainTranslator(currentLocale: () => Locale): Translate {
  const i18n = createInstance();
  void i18n.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: Object.keys(resources),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return (key) => i18n.t(key, { lng: currentLocale() });
}
