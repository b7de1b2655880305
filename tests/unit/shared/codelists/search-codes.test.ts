import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, searchCodes, standardCodeListIds } from '../../../../shared/codelists';
import { supportedLocales } from '../../../../shared/i18n/locales';

const codes = (matches: readonly { code: string }[]) => matches.map((match) => match.code);

describe('foldForSearch', () => {
  it('ignores case, Latin diacritics and curly apostrophes', () => {
    expect(foldForSearch('  Ingénieurs  CIVILS ')).toBe('ingenieurs civils');
    expect(foldForSearch('d’Œuvre')).toBe("d'oeuvre");
  });

  it('folds Arabic short vowels, hamza forms, tatweel, alef maqsura and ta marbuta', () => {
    expect(foldForSearch('صُنع')).toBe('صنع');
    expect(foldForSearch('الإدارة')).toBe(foldForSearch('الادارة'));
    expect(foldForSearch('أنشطة')).toBe(foldForSearch('انشطه'));
    expect(foldForSearch('مستشفـى')).toBe('مستشفي');
    expect(foldForSearch('٢٠١٣')).toBe('2013');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (text) => foldForSearch(foldForSearch(text)) === foldForSearch(text),
      ),
    );
  });
});

describe('searchCodes', () => {
  it('finds engineers in French with or without accents', () => {
    const accented = searchCodes('isco-08', 'ingénieur', 'fr', 50);
    expect(codes(accented)).toContain('2142');
    expect(codes(searchCodes('isco-08', 'INGENIEUR', 'fr', 50))).toEqual(codes(accented));
  });

  it('finds agriculture in ISIC, English and French', () => {
    expect(codes(searchCodes('isic-rev4', 'agriculture', 'en', 5))[0]).toBe('A');
    expect(codes(searchCodes('isic-rev4', 'agri', 'fr', 5))[0]).toBe('A');
  });

  it('finds Arabic labels whatever the hamza, vowels or article', () => {
    expect(codes(searchCodes('isic-rev4', 'الزراعه', 'ar', 5))).toContain('A');
    expect(codes(searchCodes('isic-rev4', 'زراعة', 'ar', 5))).toContain('A');
    expect(codes(searchCodes('isic-rev4', 'صنع الاثاث', 'ar', 5))).toEqual(['31', '16']);
    expect(codes(searchCodes('isced-2011', 'الابتدائي', 'ar', 5))).toEqual(['1']);
  });

  it('puts prefix matches before word starts and substrings', () => {
    const matches = searchCodes('isic-rev4', 'fabrication', 'fr', 50);
    const firstNonPrefix = matches.findIndex(
      (m) => !foldForSearch(m.label).startsWith('fabrication'),
    );
    const lastPrefix = matches
      .map((m) => foldForSearch(m.label).startsWith('fabrication'))
      .lastIndexOf(true);
    expect(lastPrefix).toBeGreaterThan(0);
    expect(firstNonPrefix === -1 || lastPrefix < firstNonPrefix).toBe(true);
    expect(codes(searchCodes('isic-rev4', 'tic', 'fr', 50))).not.toContain('A');
  });

  it('matches codes, and every word of a query in any order', () => {
    expect(codes(searchCodes('iso-4217', 'xof', 'fr', 5))[0]).toBe('XOF');
    expect(codes(searchCodes('iso-639-3', 'fra', 'en', 5))[0]).toBe('fra');
    expect(codes(searchCodes('isco-08', 'civils ingénieurs', 'fr', 5))).toContain('2142');
  });

  it('finds countries, languages and currencies for type-ahead', () => {
    expect(codes(searchCodes('iso-3166-1', 'niger', 'fr', 5))).toEqual(['NE', 'NG']);
    expect(codes(searchCodes('iso-3166-1', 'إثيوبيا', 'ar', 5))).toEqual(['ET']);
    expect(codes(searchCodes('iso-639-3', 'amhar', 'fr', 5))).toContain('amh');
    expect(codes(searchCodes('iso-4217', 'birr', 'fr', 5))).toContain('ETB');
  });

  it('returns nothing for an empty query and never more than the limit', () => {
    expect(searchCodes('isco-08', '  ', 'fr')).toEqual([]);
    fc.assert(
      fc.property(
        fc.constantFrom(...standardCodeListIds.filter((id) => id !== 'iso-639-3')),
        fc.constantFrom(...supportedLocales),
        fc.string({ maxLength: 4 }),
        fc.integer({ min: 0, max: 30 }),
        (id, locale, query, limit) => {
          const matches = searchCodes(id, query, locale, limit);
          return matches.length <= limit && new Set(codes(matches)).size === matches.length;
        },
      ),
      { numRuns: 200 },
    );
  });
});
