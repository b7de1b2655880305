import { z } from 'zod';

export const MAX_PULL_LIMIT = 1000;

/** Changes after `cursor` (the last seq committed locally), at most `limit` of them. */
export const PullRequest = z.object({
  protocolVersion: z.int().min(1),
  cursor: z.int().min(0),
  limit: z.int().min(1).max(MAX_PULL_LIMIT),
});
export type PullRequest = z.output<typeof PullRequest>;
