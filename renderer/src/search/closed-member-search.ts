import type {
  DuplicateCandidate,
  FacetId,
  IndexProgress,
  MemberSearch,
  MemberSearchResult,
  MemberSummary,
  MemberWindow,
  NeedRankingResult,
} from './member-search-types';
import { facetIds } from './member-search-types';

// Constant answers: screens keep them in state or read them with useSyncExternalStore, which
// need the same object each time when nothing changed.
const idle: IndexProgress = { phase: 'idle', done: 0, total: 0 };
const nothing: MemberSearchResult = {
  total: 0,
  firstRows: [],
  facets: Object.fromEntries(facetIds.map((f) => [f, []])) as Record<FacetId, never[]>,
};
const noRows: readonly MemberSummary[] = [];
const noWindow: MemberWindow = { total: 0, rows: noRows };
const noDuplicates: readonly DuplicateCandidate[] = [];
const noRanking: NeedRankingResult = {
  matches: [],
  eligible: 0,
  excluded: { restricted: 0, noContactConsent: 0 },
  contactable: [],
};

/** The members search while the desk is locked or signed out: nothing is held, nothing found. */
export const closedMemberSearch: MemberSearch = {
  progress: () => idle,
  onProgress: () => () => undefined,
  search: async () => nothing,
  rows: async () => noRows,
  window: async () => noWindow,
  countMembers: async (_facet, groups) => groups.map(() => 0),
  findDuplicates: async () => noDuplicates,
  rankForNeed: async () => noRanking,
};
