import type { CodeItem } from './code-item';
import type { StandardCodeListId } from './code-list-ids';
import { codeList } from './code-list';

const indexes = new Map<StandardCodeListId, ReadonlyMap<string, CodeItem>>();

function index(listId: StandardCodeListId): ReadonlyMap<string, CodeItem> {
  let byCode = indexes.get(listId);
  if (byCode === undefined) {
    byCode = new Map(codeList(listId).items.map((item) => [item.code, item]));
    indexes.set(listId, byCode);
  }
  return byCode;
}

/** The item with this exact code, or undefined when the list has no such code. */
export function findCode(listId: StandardCodeListId, code: string): CodeItem | undefined {
  return index(listId).get(code);
}

/** Whether the code belongs to the list (the membership check coded values rely on). */
export function hasCode(listId: StandardCodeListId, code: string): boolean {
  return index(listId).has(code);
}
