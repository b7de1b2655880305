import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  associationCountGroups,
  associationFamilies,
  roleAmong,
  type MembershipLike,
} from '../../../../shared/referrals/association-members';
import { canBeParent, type AssociationLike } from '../../../../shared/referrals/association-tree';

const africa: AssociationLike = { id: 'af', name: 'Africa', level: 'continental' };
const france: AssociationLike = { id: 'fr', name: 'France', level: 'national', parentId: 'af' };
const lyon: AssociationLike = { id: 'ly', name: 'Lyon', level: 'city', parentId: 'fr' };
const paris: AssociationLike = { id: 'pa', name: 'Paris', level: 'city', parentId: 'fr' };
const tree = [africa, france, lyon, paris];

/** What the members index answers for a group: people with a membership in any of its ids. */
const countAny = (people: readonly (readonly MembershipLike[])[], ids: readonly string[]) =>
  people.filter((m) =>
    m.some((x) => x.organisationId !== undefined && ids.includes(x.organisationId)),
  ).length;

function countsOf(associations: readonly AssociationLike[], people: MembershipLike[][]) {
  const asked = associationCountGroups(associationFamilies(associations, canBeParent));
  return asked.read(asked.groups.map((ids) => countAny(people, ids)));
}

describe('members of diaspora associations', () => {
  it('gives each association its chapters at any depth, itself first', () => {
    const families = associationFamilies(tree, canBeParent);
    expect(families.get('ly')).toEqual(['ly']);
    expect(families.get('fr')).toEqual(['fr', 'ly', 'pa']);
    expect(families.get('af')).toEqual(['af', 'fr', 'ly', 'pa']);
  });

  it('counts chapters in a parent total, each person once', () => {
    const counts = countsOf(tree, [
      [{ organisationId: 'ly' }],
      [{ organisationId: 'pa' }, { organisationId: 'fr' }],
      [{ organisationId: 'af' }],
      [{ role: 'member' }],
    ]);
    expect(counts.get('ly')).toEqual({ direct: 1, total: 1 });
    expect(counts.get('pa')).toEqual({ direct: 1, total: 1 });
    expect(counts.get('fr')).toEqual({ direct: 1, total: 2 });
    expect(counts.get('af')).toEqual({ direct: 1, total: 3 });
  });

  it('asks the index once per association without chapters, twice with', () => {
    const asked = associationCountGroups(associationFamilies(tree, canBeParent));
    expect(asked.groups.map((g) => g.join(' ')).sort()).toEqual([
      'af',
      'af fr ly pa',
      'fr',
      'fr ly pa',
      'ly',
      'pa',
    ]);
  });

  it('ignores a parent link that would form a cycle or skip the hierarchy upwards', () => {
    const wrong: AssociationLike[] = [
      { id: 'a', name: 'A', level: 'national', parentId: 'b' },
      { id: 'b', name: 'B', level: 'national', parentId: 'a' },
    ];
    expect(associationFamilies(wrong, canBeParent).get('a')).toEqual(['a']);
    const counts = countsOf(wrong, [[{ organisationId: 'a' }]]);
    expect(counts.get('a')).toEqual({ direct: 1, total: 1 });
    expect(counts.get('b')).toEqual({ direct: 0, total: 0 });
  });

  it('takes the role held in the association itself before one held in a chapter', () => {
    const memberships: MembershipLike[] = [
      { organisationId: 'ly', role: 'founder' },
      { organisationId: 'fr' },
      { organisationId: 'fr', role: 'officer' },
    ];
    expect(roleAmong(memberships, ['fr', 'ly', 'pa'])).toBe('officer');
    expect(roleAmong(memberships, ['ly'])).toBe('founder');
    expect(roleAmong(memberships, ['pa'])).toBeUndefined();
  });

  it('a total is never below its own count or any chapter total, and never above everyone', () => {
    const ids = tree.map((a) => a.id);
    const people = fc.array(
      fc.array(fc.record({ organisationId: fc.constantFrom(...ids) }), { maxLength: 4 }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(people, (memberships) => {
        const counts = countsOf(tree, memberships);
        const withAny = memberships.filter((m) => m.length > 0).length;
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

  it('a family holds exactly the associations whose chain of parents reaches it', () => {
    const levels = ['continental', 'national', 'city'] as const;
    const associations = fc
      .array(fc.record({ level: fc.constantFrom(...levels), parent: fc.nat(9) }), {
        minLength: 1,
        maxLength: 10,
      })
      .map((rows) =>
        rows.map((r, i): AssociationLike => ({
          id: `a${i}`,
          name: `A${i}`,
          level: r.level,
          parentId: `a${r.parent}`,
        })),
      );
    fc.assert(
      fc.property(associations, (list) => {
        const families = associationFamilies(list, canBeParent);
        const byId = new Map(list.map((a) => [a.id, a]));
        const reaches = (from: AssociationLike, to: string): boolean => {
          const parent = from.parentId === undefined ? undefined : byId.get(from.parentId);
          if (!parent || !canBeParent(parent, from)) return false;
          return parent.id === to || reaches(parent, to);
        };
        for (const a of list) {
          const expected = list.filter((b) => b.id === a.id || reaches(b, a.id)).map((b) => b.id);
          expect([...families.get(a.id)!].sort()).toEqual(expected.sort());
          expect(families.get(a.id)![0]).toBe(a.id);
        }
      }),
    );
  });
});
