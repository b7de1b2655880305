import type { MemberSearchResult } from '../member-search-types';
import { defineHandler, requireOpen } from './request-handler';
import { MemberQuerySchema } from './request-schemas';

/**
 * Runs a query; answers with its size, facet counts and first rows (the list's first page, so
 * a keystroke is one message each way); the ordered result stays here for `rows`.
 */
export const handleSearch = defineHandler({
  input: MemberQuerySchema,
  handle: (state, query): MemberSearchResult => requireOpen(state).index.search(query),
});
