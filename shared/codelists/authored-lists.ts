import type { AuthoredListId } from './code-list-ids';
import type { CodeList } from './code-item';
import { authoredListSchema } from './authored-list-schema';
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

/**
 * An authored list, checked against its schema. Throws on a malformed bundled file: that is a
 * build defect which the unit tests catch, not a condition the app can recover from.
 */
export function authoredList(id: AuthoredListId): CodeList {
  const list = authoredListSchema.parse(authoredSources[id]);
  if (list.id !== id) throw new Error(`Code list file for ${id} declares id ${list.id}`);
  return list;
}
