import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  associationCounts,
  membersByAssociation,
  type PersonMemberships,
} from '../../../../shared/referrals/association-members';
import { canBeParent, type AssociationLike } from '../../../../shared/referrals/association-tree';

const africa: AssociationLike = { id: 'af', name: 'Africa', level: 'continental' };
const france: AssociationLike = { id: 'fr', name: 'France', level: 'national', parentId: 'af' };
const lyon: AssociationLike = { id: 'ly', name: 'Lyon', level: 'city', parentId: 'fr' };
const paris: AssociationLike = { id: 'pa', name: 'Paris', level: 'city', parentId: 'fr' };
const tree = [africa, france, lyon, paris];

const person = (
  id: string,
  ...memberships: PersonMemberships<string>['memberships']
): PersonMemberships<string> => ({ id, name: `name-${id}`, memberships });

describe('members of diaspora associations', () => {
  it('lists the people whose memberships name an association, with their role', () => {
    const members = membersByAssociation([
      person('p1', { organisationId: 'ly', role: 'founder' }),
      person('p2', { organisationId: 'ly' }, { organisationId: 'fr', role: 'officer' }),
      person('p3', {}),
    ]);
    expect(members.get('ly')).toEqual([
      { personId: 'p1', name: 'name-p1', role: 'founder' },
      { personId: 'p2', name: 'name-p2' },
    ]);
    expect(members.get('fr')).toEqual([{ personId: 'p2', name: 'name-p2', role: 'officer' }]);
    expect(members.has('af')).toBe(false);
  });

  it('lists a person once per association, keeping the entry that has a role', () => {
    const members = membersByAssociation([
      person('p1', { organisationId: 'ly' }, { organisationId: 'ly', role: 'officer' }),
    ]);
    expect(members.get('ly')).toEqual([{ personId: 'p1', name: 'name-p1', role: 'officer' }]);
  });

  it('counts chapters in a parent total, each person once', () => {
    const members = membersByAssociation([
      person('p1', { organisationId: 'ly' }),
      person('p2', { organisationId: 'pa' }, { organisationId: 'fr' }),
      person('p3', { organisationId: 'af' }),
    ]);
    const counts = associationCounts(tree, members, canBeParent);
    expect(counts.get('ly')).toEqual({ direct: 1, total: 1 });
    expect(counts.get('pa')).toEqual({ direct: 1, total: 1 });
    expect(counts.get('fr')).toEqual({ direct: 1, total: 2 });
    expect(counts.get('af')).toEqual({ direct: 1, total: 3 });
  });

  it('ignores a parent link that would form a cycle or skip the hierarchy upwards', () => {
    const wrong: AssociationLike[] = [
      { id: 'a', name: 'A', level: 'national', parentId: 'b' },
      { id: 'b', name: 'B', level: 'national', parentId: 'a' },
    ];
    const members = membersByAssociation([person('p1', { organisationId: 'a' })]);
    const counts = associationCounts(wrong, members, canBeParent);
    expect(counts.get('a')).toEqual({ direct: 1, total: 1 });
    expect(counts.get('b')).toEqual({ direct: 0, total: 0 });
  });

  it('a total is never below its own count or any chapter total, and never above everyone', () => {
    const ids = tree.map((a) => a.id);
    const people = fc.array(
      fc.array(fc.record({ organisationId: fc.constantFrom(...ids) }), { maxLength: 4 }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(people, (memberships) => {
        const all = memberships.map((m, i) => person(`p${i}`, ...m));
        const counts = associationCounts(tree, membersByAssociation(all), canBeParent);
        const withAny = all.filter((p) => p.memberships.length > 0).length;
        for (const a of tree) {
          const count = counts.get(a.id)!;
          expect(count.total).toBeGreaterThanOrEqual(count.direct);
          expect(count.total).toBeLessThanOrEqual(withAny);
          const parent = tree.find((p) => p.id === a.parentId);
          if (parent) expect(counts.get(parent.id)!.total).toBeGreaterThanOrEqual(count.total);
        }
        expect(counts.get('af')!.total).toBe(withAny);
      }),
    );
  });
});
