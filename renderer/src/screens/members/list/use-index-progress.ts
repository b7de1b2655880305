import { useCallback, useSyncExternalStore } from 'react';
import type { IndexProgress, MemberSearch } from '../../../search/member-search-types';

/** The members index's loading progress, re-rendering as the worker reports it. */
export function useIndexProgress(search: MemberSearch): IndexProgress {
  const subscribe = useCallback((notify: () => void) => search.onProgress(notify), [search]);
  const snapshot = useCallback(() => search.progress(), [search]);
  return useSyncExternalStore(subscribe, snapshot);
}

/**
 * Changes a few times while the index loads (each tenth, and at each phase), so the list can
 * search again and grow as members arrive without searching on every progress message.
 */
export function progressRefreshKey(progress: IndexProgress): string {
  const tenth = progress.total > 0 ? Math.floor((progress.done * 10) / progress.total) : 0;
  return `${progress.phase}:${tenth}`;
}
