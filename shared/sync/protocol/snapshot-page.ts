import { z } from 'zod';
import { Change } from './change';
import { LogEpoch } from './pull-response';

export const MAX_SNAPSHOT_LIMIT = 1000;

/**
 * One page of a snapshot: the CURRENT state of the records in the office's scope (upserts, and
 * delete/erase tombstones) with their conflicts, instead of replaying the change log. Paged by
 * `after` (the last record position read; start at 0) up to `cursor`, the log's head when the
 * snapshot began, which every page repeats. When `hasMore` is false: drop the local records the
 * snapshot did not bring (unless they have unsent ops), then pull from `cursor` with `epoch`.
 * A record changed during the snapshot may come twice (here and in the pull): applying a change
 * is idempotent and keeps the higher rev.
 */
export const SnapshotPage = z.object({
  protocolVersion: z.int().min(1),
  epoch: LogEpoch,
  cursor: z.int().min(0),
  changes: z.array(Change),
  after: z.int().min(0),
  hasMore: z.boolean(),
});
export type SnapshotPage = z.output<typeof SnapshotPage>;
