import { authoredListMeta } from './authored-list-meta';
import { isAuthoredListId, type StandardCodeListId } from './code-list-ids';
import { packageListVersions } from './package-list-versions';

/** The version to store with a code from this list, without building or loading the list. */
export function listVersion(id: StandardCodeListId): string {
  return isAuthoredListId(id) ? authoredListMeta[id].version : packageListVersions[id];
}
