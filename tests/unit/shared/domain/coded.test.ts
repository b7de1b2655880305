import { describe, expect, it } from 'vitest';
import { readReference, referenceFound } from '../codelists/reference-lists';
import { coded, codeListIds, codePatterns } from '../../../../shared/domain';
import { issuesOf } from './fixtures';

describe('coded', () => {
  it('stores list, version and code, never a label', () => {
    const Occupation = coded('isco-08');
    const value = { list: 'isco-08', version: '2008', code: '2142' };
    expect(Occupation.parse(value)).toEqual(value);
    expect(Occupation.parse({ ...value, label: 'Civil engineers' })).toEqual(value);
  });

  it('refuses a code from another list or a malformed code', () => {
    expect(
      issuesOf(coded('isco-08'), { list: 'isic-rev4', version: '2008', code: '2142' }),
    ).toEqual([['list', 'invalid-value']]);
    expect(issuesOf(coded('iso-3166-1'), { list: 'iso-3166-1', version: '1', code: 'fr' })).toEqual(
      [['code', 'invalid-code']],
    );
    expect(issuesOf(coded('iso-639-3'), { list: 'iso-639-3', version: '1', code: 'fr' })).toEqual([
      ['code', 'invalid-code'],
    ]);
    expect(issuesOf(coded('iso-4217'), { list: 'iso-4217', version: '1', code: 'XOF' })).toEqual(
      [],
    );
    expect(issuesOf(coded('isco-08'), { list: 'isco-08', version: '', code: '2142' })).toEqual([
      ['version', 'required'],
    ]);
  });

  it('pins a version when asked', () => {
    const Pinned = coded('isco-08', '2008');
    expect(issuesOf(Pinned, { list: 'isco-08', version: '2008', code: '21' })).toEqual([]);
    expect(issuesOf(Pinned, { list: 'isco-08', version: '1988', code: '21' })).toEqual([
      ['version', 'invalid-value'],
    ]);
  });

  it('accepts ISIC sections and numeric levels, ISCO with armed forces at 0', () => {
    const isic = codePatterns['isic-rev4'];
    expect(['A', 'U', '01', '011', '0111', '8510'].every((c) => isic.test(c))).toBe(true);
    expect(['V', '1', '01111', 'a'].some((c) => isic.test(c))).toBe(false);
    expect(codePatterns['isco-08'].test('0110')).toBe(true);
    expect(codePatterns['isced-2011'].test('7')).toBe(true);
    expect(codePatterns['isced-f-2013'].test('0732')).toBe(true);
  });

  it('has a code pattern for every list', () => {
    expect(Object.keys(codePatterns).sort()).toEqual([...codeListIds].sort());
  });
});

describe('code patterns against the official lists', () => {
  it.skipIf(!referenceFound).each(['isco-08', 'isic-rev4', 'isced-2011', 'isced-f-2013'] as const)(
    `accept every code of %s${referenceFound ? '' : ' (skipped: reference copies not found)'}`,
    (list) => {
      const rejected = readReference(list)
        .items.map((i) => i.code)
        .filter((c) => !codePatterns[list].test(c));
      expect(readReference(list).items.length).toBeGreaterThan(5);
      expect(rejected).toEqual([]);
    },
  );
});
