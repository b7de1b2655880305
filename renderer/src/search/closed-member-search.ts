import {
  facetIds,
  type FacetId,
  type IndexProgress,
  type MemberSearch,
} from './member-search-types';

const idle: IndexProgress = { phase: 'idle', done: 0, total: 0 };

/** The members search while the desk is locked or signed out: nothing is held, nothing found. */
export const closedMemberSearch: MemberSearch = {
  // One object: screens read it with useSyncExternalStore, which needs a stable snapshot.
  progress: () => idle,
  onProgress: () => () => undefined,
  search: async () => ({
    total: 0,
    facets: Object.fromEntries(facetIds.map((f) => [f, []])) as Record<FacetId, never[]>,
  }),
  rows: async () => [],
  findDuplicates: async () => [],
  rankForNeed: async () => ({
    matches: [],
    eligible: 0,
    excluded: { restricted: 0, noContactConsent: 0 },
  }),
};
