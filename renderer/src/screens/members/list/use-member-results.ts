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

interface Answer {
  readonly query: MemberQuery | null;
  readonly refreshKey: string;
  readonly result: MemberSearchResult | null;
  readonly generation: number;
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
  const [answer, setAnswer] = useState<Answer>({
    query: null,
    refreshKey: '',
    result: null,
    generation: 0,
    error: null,
  });
  useEffect(() => {
    let current = true;
    search.search(query).then(
      (result) => {
        if (!current) return;
        setAnswer((previous) => ({
          query,
          refreshKey,
          result,
          generation: previous.generation + 1,
          error: null,
        }));
      },
      (error: unknown) => {
        if (!current) return;
        setAnswer((previous) => ({
          ...previous,
          query,
          refreshKey,
          error: searchFailureOf(error),
        }));
      },
    );
    return () => {
      current = false;
    };
  }, [search, query, refreshKey]);
  const pending = answer.query !== query || answer.refreshKey !== refreshKey;
  return { result: answer.result, generation: answer.generation, pending, error: answer.error };
}
