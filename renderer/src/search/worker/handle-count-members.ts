import { z } from 'zod';
import { facetIds } from '../member-search-types';
import { defineHandler, settledOpen } from './request-handler';

/**
 * For each group of values of one facet, how many members have any of them (a person in two
 * of the group's values counts once): an association's members with its chapters'. Runs after
 * the refreshes asked before it, so a member saved just before is counted.
 */
export const handleCountMembers = defineHandler({
  input: z.object({
    facet: z.enum(facetIds),
    groups: z.array(z.array(z.string().max(40)).max(300)).max(2000),
  }),
  async handle(state, { facet, groups }): Promise<number[]> {
    const open = await settledOpen(state);
    return open.exclusive(() =>
      Promise.resolve(groups.map((values) => open.index.countAny(facet, values))),
    );
  },
});
