import { useCallback, useSyncExternalStore } from 'react';
import type { IndexProgress, MemberSearch } from '../../../search/member-search-types';

const lastSeen = new WeakMap<MemberSearch, IndexProgress>();

/**
 * The search's progress, as the same object while nothing changed: useSyncExternalStore needs
 * that, and a search may build a fresh object on every call (the closed one does).
 */
function stableProgress(search: MemberSearch): IndexProgress {
  const next = search.progress();
  const last = lastSeen.get(search);
  if (last?.phase === next.phase && last.done === next.done && last.total === next.total) {
    return last;
  }
  lastSeen.set(search, next);
  return next;
}

/** The members index's loading progress, re-rendering as the worker reports it. */
export function useIndexProgress(search: MemberSearch): IndexProgress {
  const subscribe = useCallback((notify: () => void) => search.onProgress(notify), [search]);
  const snapshot = useCallback(() => stableProgress(search), [search]);
  return useSyncExternalStore(subscribe, snapshot);
}

/**
 * Changes a few times while the index loads (when the first members arrive, then each tenth, and
 * at each phase), so the list can search again and grow as members arrive without searching on
 * every progress message. Rounded up: the first chunk (500 of 200,000) must already show.
 */
export function progressRefreshKey(progress: IndexProgress): string {
  const tenth = progress.total > 0 ? Math.ceil((progress.done * 10) / progress.total) : 0;
  return `${progress.phase}:${tenth}`;
}
