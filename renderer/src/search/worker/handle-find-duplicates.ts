import { z } from 'zod';
import type { DuplicateCandidate } from '../member-search-types';
import { defineHandler, requireOpen } from './request-handler';
import { DuplicateProbeSchema } from './request-schemas';

/** Possible duplicates of a person being registered, best first (a person decides). */
export const handleFindDuplicates = defineHandler({
  input: z.object({ person: DuplicateProbeSchema, excludeId: z.string().optional() }),
  handle: (state, { person, excludeId }): DuplicateCandidate[] =>
    requireOpen(state).index.findDuplicates(person, person.residence?.country.code, excludeId),
});
