import type { membershipRoles } from '../domain/contribution';
import type { AssociationLike } from './association-tree';

type MembershipRole = (typeof membershipRoles)[number];

/** One membership as a person's record holds it (a typed name has no organisation id). */
export interface MembershipLike {
  readonly organisationId?: string | undefined;
  readonly role?: MembershipRole | undefined;
}

/**
 * Each association's id followed by its chapters' at any depth, by association id. Chapters
 * are found through `parentId` as the tree draws them (a parent of the same or a lower level is
 * ignored, so no cycle can form and no id is listed twice).
 */
export function associationFamilies(
  associations: readonly AssociationLike[],
  canBeParent: (parent: AssociationLike, child: AssociationLike) => boolean,
): Map<string, readonly string[]> {
  const byId = new Map(associations.map((a) => [a.id, a]));
  const chapters = new Map<string, string[]>();
  for (const a of associations) {
    const parent = a.parentId === undefined ? undefined : byId.get(a.parentId);
    if (parent && canBeParent(parent, a)) {
      chapters.set(parent.id, [...(chapters.get(parent.id) ?? []), a.id]);
    }
  }
  const families = new Map<string, readonly string[]>();
  const familyOf = (id: string): readonly string[] => {
    const known = families.get(id);
    if (known) return known;
    const family = [id, ...(chapters.get(id) ?? []).flatMap(familyOf)];
    families.set(id, family);
    return family;
  };
  for (const a of associations) familyOf(a.id);
  return families;
}

export interface AssociationCount {
  /** People whose membership names this association itself. */
  readonly direct: number;
  /** Distinct people in this association or any of its chapters, at any depth. */
  readonly total: number;
}

/**
 * What to ask the members index to count (members having any id of a group): each
 * association's own id, then its family when it has chapters; `read` turns the answers, in the
 * same order, into direct and total counts per association.
 */
export function associationCountGroups(families: ReadonlyMap<string, readonly string[]>): {
  readonly groups: readonly (readonly string[])[];
  read(counts: readonly number[]): Map<string, AssociationCount>;
} {
  const groups: (readonly string[])[] = [];
  const positions: [string, number, number][] = [];
  for (const [id, family] of families) {
    const direct = groups.push([id]) - 1;
    const total = family.length > 1 ? groups.push(family) - 1 : direct;
    positions.push([id, direct, total]);
  }
  return {
    groups,
    read: (counts) =>
      new Map(
        positions.map(([id, direct, total]) => [
          id,
          { direct: counts[direct] ?? 0, total: counts[total] ?? 0 },
        ]),
      ),
  };
}

/**
 * The role a person holds in the first of `ids` they belong to with a role (an association,
 * then its chapters); undefined when none of those memberships has one.
 */
export function roleAmong(
  memberships: readonly MembershipLike[],
  ids: readonly string[],
): MembershipRole | undefined {
  for (const id of ids) {
    const role = memberships.find((m) => m.organisationId === id && m.role !== undefined)?.role;
    if (role !== undefined) return role;
  }
  return undefined;
}
