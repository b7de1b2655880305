import { use } from 'react';
import { MemberSearchContext } from './member-search-context';
import type { MemberSearch } from './member-search-types';

/**
 * The members index of the unlocked desk (search, facets, rows, duplicates). While locked it
 * holds nothing and finds nothing; re-query when `onProgress` reports.
 */
export function useMemberSearch(): MemberSearch {
  return use(MemberSearchContext);
}
