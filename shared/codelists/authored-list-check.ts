import type { CodeList } from './code-item';
import type { AuthoredListId } from './code-list-ids';
import { authoredListSchema } from './authored-list-schema';

/**
 * An authored list's JSON, checked against its schema. Throws on a malformed bundled file: that is
 * a build defect which the unit tests catch, not a condition the app can recover from.
 */
export function checkAuthoredList(id: AuthoredListId, json: unknown): CodeList {
  const list = authoredListSchema.parse(json);
  if (list.id !== id) throw new Error(`Code list file for ${id} declares id ${list.id}`);
  return list;
}
