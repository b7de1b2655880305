import { z } from 'zod';
import { Change } from './change';

/** Save `nextCursor` only once the page is committed locally; ask again while `hasMore`. */
export const PullPage = z.object({
  protocolVersion: z.int().min(1),
  changes: z.array(Change),
  nextCursor: z.int().min(0),
  hasMore: z.boolean(),
});
export type PullPage = z.output<typeof PullPage>;

/** The cursor is beyond the registry's log (restored from backup) or older than it keeps. */
export const ResyncRequired = z.object({
  protocolVersion: z.int().min(1),
  resyncRequired: z.literal(true),
});
export type ResyncRequired = z.output<typeof ResyncRequired>;

export const PullResponse = z.union([PullPage, ResyncRequired]);
export type PullResponse = z.output<typeof PullResponse>;

export function isResyncRequired(response: PullResponse): response is ResyncRequired {
  return 'resyncRequired' in response;
}
