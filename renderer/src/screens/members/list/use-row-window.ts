import { useCallback, useReducer, useState } from 'react';
import type { MemberSearch, MemberSummary } from '../../../search/member-search-types';
import { RowWindow } from './row-window';

export interface RowAccess {
  /** The row at `index`, or undefined while its page is on its way. */
  row(index: number): MemberSummary | undefined;
  /** Fetches the pages of rows [from, to) not fetched yet. */
  ensure(from: number, to: number): void;
}

/**
 * Rows of one search result, the first page as the search answered it, the others fetched a
 * page at a time from the worker as the virtualised list scrolls. One result per mount: the list
 * is keyed by the result's generation.
 */
export function useRowWindow(
  search: MemberSearch,
  total: number,
  firstRows: readonly MemberSummary[],
  pending: boolean,
): RowAccess {
  const [rowWindow] = useState(() => new RowWindow(total, firstRows));
  const [, pageArrived] = useReducer((n: number) => n + 1, 0);

  const ensure = useCallback(
    (from: number, to: number) => {
      if (pending) return;
      for (const page of rowWindow.claimMissing(from, to)) {
        const [start, end] = rowWindow.pageRange(page);
        search.rows(start, end).then(
          (rows) => {
            rowWindow.put(page, rows);
            pageArrived();
          },
          () => rowWindow.release(page),
        );
      }
    },
    [search, pending, rowWindow],
  );
  const row = useCallback((index: number) => rowWindow.row(index), [rowWindow]);
  return { row, ensure };
}
