import { z } from 'zod';
import type { MemberSummary } from '../member-search-types';
import { defineHandler, requireOpen } from './request-handler';

const MAX_WINDOW = 1000;

/** Rows [from, to) of the last search's result (at most 1,000 at a time). */
export const handleRows = defineHandler({
  input: z
    .object({ from: z.int().min(0), to: z.int().min(0) })
    .refine(({ from, to }) => to >= from && to - from <= MAX_WINDOW),
  handle: (state, { from, to }): MemberSummary[] => requireOpen(state).index.rows(from, to),
});
