import { z } from 'zod';
import { Change } from './change';

/**
 * The registry's change log is named by an epoch: keep it with the cursor and send both back.
 * A registry restored from backup gets a new epoch, and answers an old one with resyncRequired.
 * Optional on the wire: registries before the epoch did not send it.
 */
export const LogEpoch = z.uuid();

/** Save `nextCursor` only once the page is committed locally; ask again while `hasMore`. */
export const PullPage = z.object({
  protocolVersion: z.int().min(1),
  changes: z.array(Change),
  nextCursor: z.int().min(0),
  hasMore: z.boolean(),
  epoch: LogEpoch.optional(),
});
export type PullPage = z.output<typeof PullPage>;

/**
 * The cursor is beyond the registry's log, or of another epoch (restored from backup): keep the
 * unsent ops, take a snapshot (GET /v1/sync/snapshot, {@link SnapshotPage}), then pull from the
 * snapshot's cursor and push again what the registry lacks.
 */
export const ResyncRequired = z.object({
  protocolVersion: z.int().min(1),
  resyncRequired: z.literal(true),
  /** The registry's current epoch. */
  epoch: LogEpoch.optional(),
});
export type ResyncRequired = z.output<typeof ResyncRequired>;

export const PullResponse = z.union([PullPage, ResyncRequired]);
export type PullResponse = z.output<typeof PullResponse>;

export function isResyncRequired(response: PullResponse): response is ResyncRequired {
  return 'resyncRequired' in response;
}
