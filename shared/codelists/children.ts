import type { CodeItem } from './code-item';
import type { StandardCodeListId } from './code-list-ids';
import { codeList } from './code-list';

const indexes = new Map<StandardCodeListId, ReadonlyMap<string | null, readonly CodeItem[]>>();

function index(listId: StandardCodeListId): ReadonlyMap<string | null, readonly CodeItem[]> {
  let byParent = indexes.get(listId);
  if (byParent === undefined) {
    const groups = new Map<string | null, CodeItem[]>();
    for (const item of codeList(listId).items) {
      const siblings = groups.get(item.parent);
      if (siblings === undefined) groups.set(item.parent, [item]);
      else siblings.push(item);
    }
    byParent = groups;
    indexes.set(listId, byParent);
  }
  return byParent;
}

/**
 * The items directly below a code, in list order; `null` gives the top level. For ISO 3166-2,
 * pass an ISO 3166-1 alpha-2 country code to get its first-level subdivisions.
 */
export function children(
  listId: StandardCodeListId,
  parentCode: string | null,
): readonly CodeItem[] {
  return index(listId).get(parentCode) ?? [];
}
