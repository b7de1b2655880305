import { facetIds, type MemberSearch } from './member-search-types';

/** The members search while the desk is locked or signed out: nothing is held, nothing found. */
export const closedMemberSearch: MemberSearch = {
  progress: () => ({ phase: 'idle', done: 0, total: 0 }),
  onProgress: () => () => undefined,
  search: async () => ({
    total: 0,
    facets: Object.fromEntries(facetIds.map((f) => [f, []])) as never,
  }),
  rows: async () => [],
  findDuplicates: async () => [],
};
