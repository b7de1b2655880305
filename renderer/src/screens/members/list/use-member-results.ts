import { useEffect, useState } from 'react';
import type {
  MemberQuery,
  MemberSearch,
  MemberSearchResult,
} from '../../../search/member-search-types';
import { searchFailureOf, type SearchFailure } from './search-failure';

export interface MemberResults {
  /** The latest answer, kept on screen while the next search runs. */
  readonly result: MemberSearchResult | null;
  /** Bumped with each new answer: the rows of an older answer are stale. */
  readonly generation: number;
  /** True while a search is in the worker (rows are not fetched then: they would mismatch). */
  readonly pending: boolean;
  readonly error: SearchFailure | null;
}

/**
 * Runs `query` in the search worker whenever it (or `refreshKey`, which changes as the index
 * loads) changes; answers to superseded queries are dropped.
 */
export function useMemberResults(
  search: MemberSearch,
  query: MemberQuery,
  refreshKey: string,
): MemberResults {
  const [state, setState] = useState<MemberResults>({
    result: null,
    generation: 0,
    pending: true,
    error: null,
  });
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, pending: true }));
    search.search(query).then(
      (result) => {
        if (current) {
          setState((previous) => ({
            result,
            generation: previous.generation + 1,
            pending: false,
            error: null,
          }));
        }
      },
      (error: unknown) => {
        if (current) {
          setState((previous) => ({ ...previous, pending: false, error: searchFailureOf(error) }));
        }
      },
    );
    return () => {
      current = false;
    };
  }, [search, query, refreshKey]);
  return state;
}
