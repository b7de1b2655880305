import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { FacetId, MemberQuery, MemberSortKey } from '../../../search/member-search-types';

/** Typing is searched this long after the last key (the worker answers in a few ms). */
export const SEARCH_DEBOUNCE_MS = 120;

export type MemberFilters = Partial<Record<FacetId, readonly string[]>>;

/** Sort directions that read naturally: names A→Z, newest and most complete first. */
export function defaultDescending(sort: MemberSortKey): boolean {
  switch (sort) {
    case 'updated':
    case 'completeness':
      return true;
    case 'relevance':
    case 'name':
    case 'residence':
      return false;
    default: {
      const unknown: never = sort;
      return unknown;
    }
  }
}

/** What the members list asks: the typed text (debounced), facet filters and sort. */
export function useMemberQuery() {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<MemberFilters>({});
  const [sort, setSortKey] = useState<MemberSortKey>('relevance');
  const [descending, setDescending] = useState(false);
  const [debouncedText] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const query = useMemo<MemberQuery>(
    () => ({ text: debouncedText.trim(), filters, sort, descending }),
    [debouncedText, filters, sort, descending],
  );
  const toggleFilter = (facet: FacetId, value: string, checked: boolean) => {
    setFilters((previous) => {
      const current = previous[facet] ?? [];
      const next = checked ? [...current, value] : current.filter((v) => v !== value);
      const updated: MemberFilters = { ...previous, [facet]: next };
      if (next.length === 0) delete updated[facet];
      return updated;
    });
  };
  const setSort = (next: MemberSortKey) => {
    setSortKey(next);
    setDescending(defaultDescending(next));
  };
  const hasFilters = Object.keys(filters).length > 0;
  return {
    text,
    setText,
    filters,
    toggleFilter,
    clearFilters: () => setFilters({}),
    hasFilters,
    sort,
    setSort,
    descending,
    setDescending,
    query,
  };
}
