import type { membershipRoles } from '../domain/contribution';
import type { AssociationLike } from './association-tree';

type MembershipRole = (typeof membershipRoles)[number];

/** What an association's member list needs to know of one person (no contact details). */
export interface MemberOfAssociation<N> {
  readonly personId: string;
  /** Whatever the screen names a person with (a display name, or the names to pick one from). */
  readonly name: N;
  readonly role?: MembershipRole;
}

/** One person as read for the associations view: their id, names and memberships. */
export interface PersonMemberships<N> {
  readonly id: string;
  readonly name: N;
  readonly memberships: readonly {
    readonly organisationId?: string | undefined;
    readonly role?: MembershipRole | undefined;
  }[];
}

/**
 * Members of each known association, by association id. A person listed twice under the same
 * association keeps the first entry with a role (the most telling one); memberships typed as a
 * bare name (no organisation record) belong to no association here.
 */
export function membersByAssociation<N>(
  people: Iterable<PersonMemberships<N>>,
): Map<string, MemberOfAssociation<N>[]> {
  const byAssociation = new Map<string, Map<string, MemberOfAssociation<N>>>();
  for (const person of people) {
    for (const m of person.memberships) {
      if (m.organisationId === undefined) continue;
      let members = byAssociation.get(m.organisationId);
      if (!members) byAssociation.set(m.organisationId, (members = new Map()));
      const known = members.get(person.id);
      if (known !== undefined && known.role !== undefined) continue;
      members.set(person.id, {
        personId: person.id,
        name: person.name,
        ...(m.role === undefined ? {} : { role: m.role }),
      });
    }
  }
  return new Map([...byAssociation].map(([id, members]) => [id, [...members.values()]]));
}

export interface AssociationCount {
  /** People whose membership names this association itself. */
  readonly direct: number;
  /** Distinct people in this association or any of its chapters, at any depth. */
  readonly total: number;
}

/**
 * Direct and total member counts per association. Chapters are found through `parentId` as the
 * tree draws them (a parent of the same or a lower level is ignored, so no cycle can count
 * anyone twice); a person in both a chapter and its parent counts once in the parent's total.
 */
export function associationCounts(
  associations: readonly AssociationLike[],
  members: ReadonlyMap<string, readonly MemberOfAssociation<unknown>[]>,
  canBeParent: (parent: AssociationLike, child: AssociationLike) => boolean,
): Map<string, AssociationCount> {
  const byId = new Map(associations.map((a) => [a.id, a]));
  const chapters = new Map<string, string[]>();
  for (const a of associations) {
    const parent = a.parentId === undefined ? undefined : byId.get(a.parentId);
    if (parent && canBeParent(parent, a)) {
      chapters.set(parent.id, [...(chapters.get(parent.id) ?? []), a.id]);
    }
  }
  const people = new Map<string, ReadonlySet<string>>();
  const peopleOf = (id: string): ReadonlySet<string> => {
    const known = people.get(id);
    if (known) return known;
    const all = new Set((members.get(id) ?? []).map((m) => m.personId));
    for (const chapter of chapters.get(id) ?? []) for (const p of peopleOf(chapter)) all.add(p);
    people.set(id, all);
    return all;
  };
  const counts = new Map<string, AssociationCount>();
  for (const a of associations) {
    counts.set(a.id, { direct: members.get(a.id)?.length ?? 0, total: peopleOf(a.id).size });
  }
  return counts;
}
