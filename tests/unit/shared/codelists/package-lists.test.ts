import currencyCodes from 'currency-codes';
import { describe, expect, it } from 'vitest';
import { children, codeList, hasCode, label, listVersion } from '../../../../shared/codelists';
import { supportedLocales } from '../../../../shared/i18n/locales';

describe('iso-3166-1 countries', () => {
  it('has the 249 ISO codes, each named in every interface locale', () => {
    const { items } = codeList('iso-3166-1');
    expect(items).toHaveLength(249);
    expect(hasCode('iso-3166-1', 'XK')).toBe(false);
    for (const item of items) {
      expect(item.code).toMatch(/^[A-Z]{2}$/);
      for (const locale of supportedLocales) expect(item.labels[locale], item.code).toBeTruthy();
    }
  });

  it('names countries per locale', () => {
    expect(label('iso-3166-1', 'NE', 'fr')).toBe('Niger');
    expect(label('iso-3166-1', 'ET', 'pt')).toBe('Etiópia');
    expect(label('iso-3166-1', 'CV', 'ar')).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('iso-3166-2 subdivisions', () => {
  it('resolves Niamey and Addis Ababa, and lists a country’s regions', () => {
    expect(label('iso-3166-2', 'NE-8', 'fr')).toBe('Niamey');
    expect(label('iso-3166-2', 'ET-AA', 'en')).toBe('Ādīs Ābeba');
    expect(children('iso-3166-2', 'NE').map((item) => item.code)).toEqual([
      'NE-1',
      'NE-2',
      'NE-3',
      'NE-4',
      'NE-5',
      'NE-6',
      'NE-7',
      'NE-8',
    ]);
  });

  it('nests second-level subdivisions under their first level', () => {
    const nested = codeList('iso-3166-2').items.filter((item) => item.level > 1);
    expect(nested.length).toBeGreaterThan(0);
    for (const item of nested) expect(hasCode('iso-3166-2', item.parent ?? '')).toBe(true);
  });
});

describe('iso-639-3 languages', () => {
  it('names French and Amharic in every interface locale', () => {
    expect(label('iso-639-3', 'fra', 'fr')).toBe('français');
    expect(label('iso-639-3', 'amh', 'en')).toBe('Amharic');
    for (const locale of supportedLocales) {
      expect(label('iso-639-3', 'amh', locale)).toBeTruthy();
      expect(label('iso-639-3', 'fra', locale)).toBeTruthy();
    }
    expect(label('iso-639-3', 'amh', 'ar')).toMatch(/[\u0600-\u06FF]/);
  });

  it('keeps living languages and macrolanguages, drops extinct and special codes', () => {
    expect(hasCode('iso-639-3', 'ara')).toBe(true);
    expect(hasCode('iso-639-3', 'fuv')).toBe(true);
    expect(hasCode('iso-639-3', 'dje')).toBe(true);
    expect(hasCode('iso-639-3', 'got')).toBe(false);
    expect(hasCode('iso-639-3', 'und')).toBe(false);
    expect(hasCode('iso-639-3', 'lat')).toBe(false);
  });

  it('does not let Intl aliases name a language like another one', () => {
    expect(label('iso-639-3', 'arb', 'fr')).toBe('Standard Arabic');
    expect(label('iso-639-3', 'ara', 'fr')).toBe('arabe');
  });
});

describe('iso-4217 currencies', () => {
  it('names the CFA franc and the birr in French', () => {
    expect(label('iso-4217', 'XOF', 'fr')).toMatch(/franc CFA/i);
    expect(label('iso-4217', 'ETB', 'fr')).toMatch(/birr/i);
    expect(label('iso-4217', 'CVE', 'pt')).toMatch(/escudo/i);
  });

  it('has every code of the package, with the ISO publication date as its version', () => {
    expect(codeList('iso-4217').items.map((item) => item.code)).toEqual(currencyCodes.codes());
    expect(listVersion('iso-4217')).toBe(currencyCodes.publishDate);
  });
});
