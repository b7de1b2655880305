import { describe, expect, it } from 'vitest';
import { searchCodes } from '../../../../shared/codelists';
import type { PersonInput } from '../../../../shared/domain/person';
import { MemberIndex } from '../../../../renderer/src/search/index/member-index';
import { FIRST_ROWS } from '../../../../renderer/src/search/member-search-types';
import { memberTextKeys, nameTextKeys } from '../../../../renderer/src/search/index/name-text-keys';
import { ProjectionSource } from '../../../../renderer/src/search/index/projection-source';
import { projectMember } from '../../../../renderer/src/search/index/project-member';

const c = <L extends string>(list: L, code: string) => ({ list, version: '1', code });
let n = 0;
function member(fields: Partial<PersonInput>, consents = 1) {
  n += 1;
  const source = ProjectionSource.parse({
    id: `m-${n}`,
    type: 'person',
    updatedAt: new Date(Date.UTC(2025, 0, n)).toISOString(),
    ...fields,
  });
  return projectMember(source, consents, { highRisk: true });
}

function newIndex() {
  return new MemberIndex({
    textKeys: nameTextKeys,
    occupationGroups: (word) => searchCodes('isco-08', word, 'fr', 50).map((m) => m.code),
    locale: 'fr',
  });
}

const all = { text: '', filters: {}, sort: 'name' as const };

describe('members index', () => {
  const mohamed = member({
    names: { latin: { given: 'Mohamed', family: 'Diallo' } },
    residence: { country: c('iso-3166-1', 'FR') },
    languages: [{ language: c('iso-639-3', 'fra'), proficiency: 'fluent' }],
    phones: [{ number: '+33612345678', kind: 'mobile' }],
    dateOfBirth: { year: 1980 },
  });
  const muhammad = member({
    names: { arabic: { given: 'محمد', family: 'ولد عبد الله' } },
    residence: { country: c('iso-3166-1', 'SA') },
    skills: ['solar pv'],
    work: [{ occupation: c('isco-08', '2221') }],
  });
  const awa = member({
    names: { latin: { given: 'Awa', family: 'Ba' } },
    residence: { country: c('iso-3166-1', 'FR') },
    languages: [{ language: c('iso-639-3', 'wol'), proficiency: 'native' }],
    availability: { modes: ['virtual'] },
  });

  it('finds a name across scripts, and skills and occupation words', () => {
    const index = newIndex();
    index.putMany([mohamed, muhammad, awa]);
    const ids = (text: string) => {
      index.search({ ...all, text });
      return index
        .rows(0, 10)
        .map((r) => r.id)
        .sort();
    };
    expect(ids('Muhammad')).toEqual([mohamed.id, muhammad.id].sort());
    expect(ids('محمد')).toEqual([mohamed.id, muhammad.id].sort());
    expect(ids('Mohamed Diallo')).toEqual([mohamed.id]);
    expect(ids('sola')).toEqual([muhammad.id]);
    expect(ids('infirmier')).toEqual([muhammad.id]);
    expect(ids('zzzz')).toEqual([]);
  });

  it('counts facets for the text and the other facets, filters OR within and AND across', () => {
    const index = newIndex();
    index.putMany([mohamed, muhammad, awa]);
    const result = index.search({ ...all, filters: { residence: ['FR'], language: ['wol'] } });
    expect(result.total).toBe(1);
    expect(result.facets.residence).toEqual([{ value: 'FR', count: 1 }]);
    expect(result.facets.language).toEqual([
      { value: 'fra', count: 1 },
      { value: 'wol', count: 1 },
    ]);
    const either = index.search({ ...all, filters: { residence: ['FR', 'SA'] } });
    expect(either.total).toBe(3);
  });

  it('sorts by name with the locale, and windows the last result', () => {
    const index = newIndex();
    index.putMany([mohamed, muhammad, awa]);
    index.search(all);
    expect(index.rows(0, 3).map((r) => r.name)).toEqual([
      'Awa Ba',
      'Mohamed Diallo',
      'محمد ولد عبد الله',
    ]);
    expect(index.rows(1, 2).map((r) => r.id)).toEqual([mohamed.id]);
    index.search({ ...all, sort: 'updated', descending: true });
    expect(index.rows(0, 1).map((r) => r.id)).toEqual([awa.id]);
  });

  it('answers a search with its first page of rows, the same as asking for them after', () => {
    const index = newIndex();
    const many = Array.from({ length: FIRST_ROWS + 7 }, (_, i) =>
      member({ names: { latin: { given: i % 2 ? 'Mohamed' : 'Awa', family: `Ba${i}` } } }),
    );
    index.putMany(many);
    for (const query of [all, { ...all, text: 'moh', sort: 'relevance' as const }]) {
      const { total, firstRows } = index.search(query);
      expect(firstRows).toHaveLength(Math.min(total, FIRST_ROWS));
      expect(firstRows).toEqual(index.rows(0, FIRST_ROWS));
    }
    expect(index.search({ ...all, text: 'awa ba1' }).firstRows.map((r) => r.name)).toEqual(
      index.rows(0, FIRST_ROWS).map((r) => r.name),
    );
  });

  it('re-indexes a changed name and forgets a removed member', () => {
    const index = newIndex();
    index.putMany([mohamed, muhammad, awa]);
    index.search(all);
    const names = { latin: { given: 'Aissatou', family: 'Ba' } };
    index.put({ ...awa, names, textKeys: memberTextKeys({ names, skills: awa.skills }) });
    expect(index.search({ ...all, text: 'awa' }).total).toBe(0);
    expect(index.search({ ...all, text: 'aissatou' }).total).toBe(1);
    index.remove(mohamed.id);
    expect(index.search({ ...all, text: 'mohamed' }).total).toBe(1);
    expect(index.search(all).total).toBe(2);
  });

  it('gives back every member as it was put, after a change and a removal', () => {
    const index = newIndex();
    index.putMany([mohamed, muhammad, awa]);
    const moved = { ...awa, residence: 'SA', facets: { ...awa.facets, residence: ['SA'] } };
    index.put(moved);
    index.remove(muhammad.id);
    expect(index.get(mohamed.id)).toEqual(mohamed);
    expect(index.get(awa.id)).toEqual(moved);
    expect(index.get(muhammad.id)).toBeUndefined();
    expect([...index.records()].map((r) => r.id).sort()).toEqual([mohamed.id, awa.id].sort());
    expect([...index.ids()].sort()).toEqual([mohamed.id, awa.id].sort());
    expect(index.search({ ...all, filters: { residence: ['SA'] } }).total).toBe(1);
  });

  it('finds duplicates by phone and by name key with birth year, with reasons', () => {
    const index = newIndex();
    index.putMany([mohamed, muhammad, awa]);
    const byPhone = index.findDuplicates(
      { names: { latin: { given: 'Someone' } }, phones: [{ number: '+33612345678' }] },
      undefined,
    );
    expect(byPhone.map((d) => [d.id, d.reasons])).toEqual([[mohamed.id, ['same-phone']]]);
    const byName = index.findDuplicates(
      { names: { latin: { given: 'Muhammad', family: 'Diallo' } }, dateOfBirth: { year: 1981 } },
      'FR',
    );
    expect(byName[0]).toMatchObject({ id: mohamed.id, reasons: ['same-name-birth-year'] });
    expect(
      index.findDuplicates({ phones: [{ number: '+33612345678' }] }, undefined, mohamed.id),
    ).toEqual([]);
    // Same name and country, born 20 years apart: no suggestion, unless a phone is shared.
    const elder = { names: { latin: { given: 'Mohamed', family: 'Diallo' } } };
    expect(index.findDuplicates({ ...elder, dateOfBirth: { year: 1960 } }, 'FR')).toEqual([]);
    const sharedPhone = index.findDuplicates(
      { ...elder, dateOfBirth: { year: 1960 }, phones: [{ number: '+33612345678' }] },
      'FR',
    );
    expect(sharedPhone.map((d) => [d.id, d.reasons])).toEqual([[mohamed.id, ['same-phone']]]);
  });
});
