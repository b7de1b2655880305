import { describe, expect, it } from 'vitest';
import { createMainTranslator, type MainKey } from '../../../electron/main/main-translator';
import { supportedLocales, type Locale } from '../../../shared/i18n/locales';

const keys: MainKey[] = ['main.dialog.saveTitle', 'main.dialog.openTitle'];

describe('main-process translator', () => {
  it.each(supportedLocales)('has a real %s text for every main-process key', (locale) => {
    const t = createMainTranslator(() => locale);
    for (const key of keys) {
      const text = t(key);
      expect(text, key).not.toBe(key);
      expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('answers each key in the language of each locale, not in English', () => {
    for (const key of keys) {
      const texts = supportedLocales.map((locale) => createMainTranslator(() => locale)(key));
      expect(new Set(texts).size, key).toBe(supportedLocales.length);
    }
    expect(createMainTranslator(() => 'en')('main.dialog.saveTitle')).toBe('Save file');
  });

  it('follows a language change made while the app runs', () => {
    let locale: Locale = 'en';
    const t = createMainTranslator(() => locale);
    const english = t('main.dialog.openTitle');
    locale = 'fr';
    expect(t('main.dialog.openTitle')).not.toBe(english);
  });
});
