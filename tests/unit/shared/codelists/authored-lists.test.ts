import { describe, expect, it } from 'vitest';
import {
  authoredListIds,
  codeList,
  listVersion,
  type AuthoredListId,
} from '../../../../shared/codelists';
import { authoredListSchema } from '../../../../shared/codelists/authored-list-schema';
import { supportedLocales } from '../../../../shared/i18n/locales';

const arabicScript = /[\u0600-\u06FF]/;

const expectedCounts: Record<AuthoredListId, Record<number, number> | undefined> = {
  'isic-rev4': { 1: 21, 2: 88 },
  'isced-2011': { 1: 9 },
  'isced-f-2013': { 1: 12, 2: 29 },
  'isco-08': undefined,
};

describe.each(authoredListIds)('authored list %s', (id) => {
  const list = codeList(id);

  it('matches the authored JSON shape and names its own id and version', () => {
    expect(authoredListSchema.safeParse(list).success).toBe(true);
    expect(list.id).toBe(id);
    expect(listVersion(id)).toBe(list.version);
    for (const locale of supportedLocales) expect(list.title[locale].trim()).not.toBe('');
  });

  it('has non-empty labels in every interface locale, Arabic in Arabic script', () => {
    for (const item of list.items) {
      for (const locale of supportedLocales) {
        expect(item.labels[locale]?.trim(), `${item.code} ${locale}`).toBeTruthy();
      }
      expect(item.labels.ar, `${item.code} ar`).toMatch(arabicScript);
      expect(item.labels.pt, `${item.code} pt`).not.toMatch(arabicScript);
    }
  });

  it('has Portuguese that differs from the English for most items', () => {
    // A word may be the same in both languages, but an untranslated copy would be most items.
    const same = list.items.filter((item) => item.labels.pt === item.labels.en);
    const codes = same.map((item) => item.code).join(', ');
    expect(same.length / list.items.length, `pt = en for ${codes}`).toBeLessThan(0.1);
  });

  it('has unique codes, existing parents and consistent levels', () => {
    const byCode = new Map(list.items.map((item) => [item.code, item]));
    expect(byCode.size).toBe(list.items.length);
    list.items.forEach((item, index) => {
      if (item.parent === null) {
        expect(item.level, item.code).toBe(1);
        return;
      }
      const parent = byCode.get(item.parent);
      expect(parent, `${item.code} parent ${item.parent}`).toBeDefined();
      expect(item.level, item.code).toBe((parent?.level ?? 0) + 1);
      expect(list.items.indexOf(parent!), `${item.code} after its parent`).toBeLessThan(index);
    });
  });

  it('has the expected number of items per level', () => {
    const counts = expectedCounts[id];
    if (counts === undefined) return;
    const actual: Record<number, number> = {};
    for (const item of list.items) actual[item.level] = (actual[item.level] ?? 0) + 1;
    expect(actual).toEqual(counts);
  });
});
