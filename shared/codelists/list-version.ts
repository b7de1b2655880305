import { authoredSources } from './authored-lists';
import { isAuthoredListId, type StandardCodeListId } from './code-list-ids';
import { packageListVersions } from './package-list-versions';

/** The version to store with a code from this list, without building the list. */
export function listVersion(id: StandardCodeListId): string {
  return isAuthoredListId(id) ? authoredSources[id].version : packageListVersions[id];
}
