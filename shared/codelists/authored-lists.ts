import type { AuthoredListId } from './code-list-ids';
import type { CodeList } from './code-item';
import { checkAuthoredList } from './authored-list-check';
import isced2011 from './data/isced-2011.json';
import iscedF2013 from './data/isced-f-2013.json';
import isco08 from './data/isco-08.json';
import isicRev4 from './data/isic-rev4.json';

/** The bundled JSON files, unchecked. Read version and ESCO flag here without parsing items. */
export const authoredSources: Readonly<
  Record<AuthoredListId, { readonly version: string; readonly labelsFollowEsco: boolean }>
> = {
  'isco-08': isco08,
  'isced-2011': isced2011,
  'isced-f-2013': iscedF2013,
  'isic-rev4': isicRev4,
};

/** An authored list from the statically bundled files (Node, tests; the renderer loads lazily). */
export function authoredList(id: AuthoredListId): CodeList {
  return checkAuthoredList(id, authoredSources[id]);
}
