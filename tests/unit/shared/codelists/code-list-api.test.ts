import { describe, expect, it } from 'vitest';
import {
  children,
  codeList,
  ESCO_NOTICE,
  findCode,
  isStandardCodeListId,
  label,
  listVersion,
  standardCodeListIds,
} from '../../../../shared/codelists';
import { codeListIds, codePatterns } from '../../../../shared/domain/coded';
import en from '../../../../locales/en.json';

describe('label', () => {
  it('gives the label in the locale asked', () => {
    expect(label('isic-rev4', 'A', 'en')).toBe('Agriculture, forestry and fishing');
    expect(label('isic-rev4', 'A', 'fr')).toBe('Agriculture, sylviculture et pêche');
    expect(label('isced-2011', '1', 'pt')).toBe('Ensino primário');
  });

  it('falls back to English when the list has no label in that locale', () => {
    const item = findCode('iso-639-3', 'fuv');
    expect(item?.labels.fr).toBeUndefined();
    expect(label('iso-639-3', 'fuv', 'fr')).toBe(item?.labels.en);
    expect(label('iso-3166-2', 'NE-6', 'ar')).toBe('Tillabéri');
  });

  it('gives undefined for a code the list does not have', () => {
    expect(label('isic-rev4', 'Z', 'en')).toBeUndefined();
    expect(label('iso-3166-1', 'ne', 'en')).toBeUndefined();
  });
});

describe('children', () => {
  it('lists the top level with null and the items below a code', () => {
    expect(children('isic-rev4', null)).toHaveLength(21);
    expect(children('isic-rev4', 'A').map((item) => item.code)).toEqual(['01', '02', '03']);
    expect(children('isced-f-2013', '02').map((item) => item.code)).toEqual(['021', '022', '023']);
    expect(children('isco-08', null)).toHaveLength(10);
    expect(children('isco-08', '21').map((item) => item.code)).toContain('214');
    expect(children('isic-rev4', '01')).toEqual([]);
  });
});

describe('list ids and versions', () => {
  it('serves a closed set of lists, each known to the domain', () => {
    expect([...standardCodeListIds].sort()).toEqual([
      'isced-2011',
      'isced-f-2013',
      'isco-08',
      'isic-rev4',
      'iso-3166-1',
      'iso-3166-2',
      'iso-4217',
      'iso-639-3',
    ]);
    for (const id of standardCodeListIds) expect(codeListIds).toContain(id);
    expect(isStandardCodeListId('consultation-topic')).toBe(false);
  });

  it('has only codes that fit the domain’s pattern for the list', () => {
    for (const id of standardCodeListIds) {
      const misfits = codeList(id).items.filter((item) => !codePatterns[id].test(item.code));
      expect(
        misfits.map((item) => item.code),
        id,
      ).toEqual([]);
    }
  });

  it('gives each list a version that fits a coded value', () => {
    for (const id of standardCodeListIds) {
      expect(listVersion(id)).toMatch(/^.{1,40}$/);
    }
    expect(listVersion('isic-rev4')).toBe('Rev.4');
    expect(listVersion('isco-08')).toBe('2008');
    expect(listVersion('iso-3166-1')).toBe(codeList('iso-3166-1').version);
  });
});

describe('ESCO_NOTICE', () => {
  it('is required exactly when a bundled list follows ESCO, with the statement ESCO asks for', () => {
    const following = standardCodeListIds.filter((id) => codeList(id).labelsFollowEsco);
    expect([...ESCO_NOTICE.lists].sort()).toEqual([...following].sort());
    expect(ESCO_NOTICE.required).toBe(following.length > 0);
    expect(ESCO_NOTICE.statement).toBe(
      'This service uses the ESCO classification of the European Commission.',
    );
    expect(en.about.esco).toBe(ESCO_NOTICE.statement);
    expect(ESCO_NOTICE.key).toBe('about.esco');
  });
});
