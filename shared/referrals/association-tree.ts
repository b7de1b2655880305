import type { AssociationLevel } from '../domain/organisation';

const rank: Readonly<Record<AssociationLevel, number>> = { continental: 0, national: 1, city: 2 };

export interface AssociationLike {
  readonly id: string;
  readonly name: string;
  readonly level: AssociationLevel;
  readonly parentId?: string | undefined;
}

export interface AssociationNode<A extends AssociationLike> {
  readonly association: A;
  readonly children: readonly AssociationNode<A>[];
}

/** Whether `parent` may hold `child`: a continental body holds national ones, those hold cities. */
export function canBeParent(parent: AssociationLike, child: AssociationLike): boolean {
  return parent.id !== child.id && rank[parent.level] < rank[child.level];
}

/**
 * The hierarchy continental → national → city, names in alphabetical order. An association whose
 * parent is unknown here (not synced, deleted) or not a higher level is shown as a root, so no
 * association is ever lost from the tree and no cycle can form.
 */
export function associationTree<A extends AssociationLike>(
  associations: readonly A[],
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): AssociationNode<A>[] {
  const byId = new Map(associations.map((a) => [a.id, a]));
  const childrenOf = new Map<string, A[]>();
  const roots: A[] = [];
  for (const a of associations) {
    const parent = a.parentId === undefined ? undefined : byId.get(a.parentId);
    if (parent && canBeParent(parent, a)) {
      childrenOf.set(parent.id, [...(childrenOf.get(parent.id) ?? []), a]);
    } else roots.push(a);
  }
  const build = (list: readonly A[]): AssociationNode<A>[] =>
    [...list]
      .sort((x, y) => compare(x.name, y.name))
      .map((association) => ({
        association,
        children: build(childrenOf.get(association.id) ?? []),
      }));
  return build(roots);
}
