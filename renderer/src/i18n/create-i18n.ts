import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { supportedLocales, type Locale } from '../../../shared/i18n/locales';
import { resources } from './resources';

/**
 * An i18next instance with every locale bundled, ready synchronously. Numbers and dates in
 * messages (`{{count, number}}`, `{{when, datetime}}`) are formatted by Intl in the current locale.
 */
export function createI18n(locale: Locale): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...supportedLocales],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
