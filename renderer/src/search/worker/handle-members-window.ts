import { z } from 'zod';
import type { MemberWindow } from '../member-search-types';
import { defineHandler, settledOpen } from './request-handler';
import { MemberQuerySchema } from './request-schemas';

const MAX_WINDOW = 1000;

/**
 * Rows [from, to) of a query's result and its size (at most 1,000 rows at a time), for a
 * screen's own short list (an association's members): the last search, which the members list
 * pages through, stays as it was. Runs after the refreshes asked before it, so a member saved
 * just before is listed.
 */
export const handleMembersWindow = defineHandler({
  input: z
    .object({ query: MemberQuerySchema, from: z.int().min(0), to: z.int().min(0) })
    .refine(({ from, to }) => to >= from && to - from <= MAX_WINDOW),
  async handle(state, { query, from, to }): Promise<MemberWindow> {
    const open = await settledOpen(state);
    return open.exclusive(() => Promise.resolve(open.index.window(query, from, to)));
  },
});
