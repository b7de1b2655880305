import { checkAuthoredList } from '../codelists/authored-list-check';
import type { CodeItem } from '../codelists/code-item';
import isicRev4 from '../codelists/data/isic-rev4.json';

let byCode: ReadonlyMap<string, CodeItem> | undefined;

/**
 * ISIC Rev.4 by code, from its own bundled file only: going through `codeList` would pull every
 * code list (countries, subdivisions, languages: megabytes) into the search worker, whose
 * start-up delays the first members screen after unlock (P5).
 */
function isicItem(code: string): CodeItem | undefined {
  byCode ??= new Map(checkAuthoredList('isic-rev4', isicRev4).items.map((i) => [i.code, i]));
  return byCode.get(code);
}

/**
 * The ISIC Rev.4 section (one letter) a code belongs to. Groups and classes below the divisions
 * the project lists resolve through their division (first two digits); undefined when unknown.
 */
export function isicSection(code: string): string | undefined {
  let item = isicItem(code) ?? isicItem(code.slice(0, 2));
  while (item !== undefined && item.parent !== null) item = isicItem(item.parent);
  return item?.code;
}
