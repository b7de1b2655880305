import {
  isStandardCodeListId,
  itemLabel,
  type CodeItem,
  type CodeList,
  type StandardCodeListId,
} from '../../../../../shared/codelists/lazy';
import type { Locale } from '../../../../../shared/i18n/locales';

/** A coded value as stored: `{list, version, code}`. */
export interface CodedValue {
  readonly list: string;
  readonly code: string;
}

/** The label of a coded value in a locale; the code itself when its list has no label for it. */
export type CodeLabeler = (value: CodedValue, locale: Locale) => string;

const indexes = new WeakMap<CodeList, Map<string, CodeItem>>();

function indexOf(list: CodeList): Map<string, CodeItem> {
  let index = indexes.get(list);
  if (index === undefined) {
    index = new Map(list.items.map((item) => [item.code, item]));
    indexes.set(list, index);
  }
  return index;
}

/** Labels from the loaded lists. A list not loaded, or a project list without labels, shows codes. */
export function createCodeLabeler(lists: ReadonlyMap<StandardCodeListId, CodeList>): CodeLabeler {
  return (value, locale) => {
    if (!isStandardCodeListId(value.list)) return value.code;
    const list = lists.get(value.list);
    const item = list === undefined ? undefined : indexOf(list).get(value.code);
    return item === undefined ? value.code : itemLabel(item, locale);
  };
}

function isCoded(value: object): value is CodedValue {
  const { list, code, version } = value as Record<string, unknown>;
  return typeof list === 'string' && typeof code === 'string' && typeof version === 'string';
}

/** Every standard code list a value (a record, a field) refers to, found by walking it. */
export function codeListsIn(value: unknown, found = new Set<StandardCodeListId>()) {
  if (Array.isArray(value)) {
    for (const item of value) codeListsIn(item, found);
  } else if (value !== null && typeof value === 'object') {
    if (isCoded(value) && isStandardCodeListId(value.list)) found.add(value.list);
    else for (const inner of Object.values(value)) codeListsIn(inner, found);
  }
  return found;
}
