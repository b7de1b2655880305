import { describe, expect, it } from 'vitest';
import { searchCodes } from '../../../../shared/codelists';
import type { PersonInput } from '../../../../shared/domain/person';
import { MemberIndex } from '../../../../renderer/src/search/index/member-index';
import { nameTextKeys } from '../../../../renderer/src/search/index/name-text-keys';
import { ProjectionSource } from '../../../../renderer/src/search/index/projection-source';
import { projectMember } from '../../../../renderer/src/search/index/project-member';

const lyon = '01890000-0000-7000-8000-00000000a001';
const paris = '01890000-0000-7000-8000-00000000a002';
let n = 0;

function member(given: string, memberships: PersonInput['associationMemberships']) {
  n += 1;
  const source = ProjectionSource.parse({
    id: `m-${n}`,
    type: 'person',
    updatedAt: new Date(Date.UTC(2025, 0, n)).toISOString(),
    names: { latin: { given, family: 'Diallo' } },
    associationMemberships: memberships,
  });
  return projectMember(source, 1, { highRisk: true });
}

function newIndex() {
  return new MemberIndex({
    textKeys: nameTextKeys,
    occupationGroups: (word) => searchCodes('isco-08', word, 'fr', 50).map((m) => m.code),
    locale: 'fr',
  });
}

const byAssociation = (ids: readonly string[]) => ({
  text: '',
  filters: { association: ids },
  sort: 'name' as const,
});

describe('the association facet of the members index', () => {
  const awa = member('Awa', [
    { organisationId: lyon, role: 'officer' },
    { name: 'Club de Zinder' },
    { organisationId: paris },
    { organisationId: lyon },
  ]);
  const binta = member('Binta', [{ organisationId: paris }]);
  const coumba = member('Coumba', [{ name: 'Club de Zinder' }]);
  const dado = member('Dado', []);

  it('holds the ids of the associations recorded at the desk, once each, never a typed name', () => {
    expect(awa.facets.association).toEqual([lyon, paris]);
    expect(binta.facets.association).toEqual([paris]);
    expect(coumba.facets.association).toEqual([]);
    expect(dado.facets.association).toEqual([]);
  });

  it('counts members per association and filters by one or several (OR)', () => {
    const index = newIndex();
    index.putMany([awa, binta, coumba, dado]);
    const everyone = index.search({ text: '', filters: {}, sort: 'name' });
    expect(everyone.facets.association).toEqual([
      { value: paris, count: 2 },
      { value: lyon, count: 1 },
    ]);
    const inLyon = index.search(byAssociation([lyon]));
    expect(inLyon.total).toBe(1);
    expect(index.rows(0, 10).map((r) => r.name)).toEqual(['Awa Diallo']);
    // The facet's own selection does not shrink its own counts.
    expect(inLyon.facets.association).toEqual(everyone.facets.association);
    expect(index.search(byAssociation([lyon, paris])).total).toBe(2);
  });

  it('counts a person in two associations of a group once', () => {
    const index = newIndex();
    index.putMany([awa, binta, coumba, dado]);
    expect(index.countAny('association', [lyon])).toBe(1);
    expect(index.countAny('association', [lyon, paris])).toBe(2);
    expect(index.countAny('association', ['unknown'])).toBe(0);
    expect(index.countAny('association', [])).toBe(0);
  });

  it('answers a window of another query without replacing the last search', () => {
    const index = newIndex();
    index.putMany([awa, binta, coumba, dado]);
    index.search({ text: '', filters: {}, sort: 'name' });
    const window = index.window(byAssociation([paris]), 0, 10);
    expect(window.total).toBe(2);
    expect(window.rows.map((r) => r.name)).toEqual(['Awa Diallo', 'Binta Diallo']);
    expect(index.window(byAssociation([paris]), 1, 2).rows.map((r) => r.name)).toEqual([
      'Binta Diallo',
    ]);
    expect(index.rows(0, 10)).toHaveLength(4);
  });

  it('follows a member who leaves an association', () => {
    const index = newIndex();
    index.putMany([awa, binta]);
    index.put({ ...binta, facets: { ...binta.facets, association: [] } });
    expect(index.countAny('association', [paris])).toBe(1);
    index.remove(awa.id);
    expect(index.countAny('association', [lyon, paris])).toBe(0);
  });
});
