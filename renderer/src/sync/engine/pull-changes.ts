import { MAX_PULL_LIMIT } from '../../../../shared/sync/protocol/pull-request';
import { isResyncRequired } from '../../../../shared/sync/protocol/pull-response';
import { readCursor, readEpoch, writeCursor, writeEpoch } from '../state/sync-meta';
import { SyncFailure } from '../sync-failure';
import { syncTables } from '../sync-tables';
import { applyPullPage } from './apply-pull-page';
import type { SyncContext } from './sync-context';
import { endpointOf } from './sync-context';

export interface PullSummary {
  readonly pulled: number;
  /** The registry had no log at this desk's cursor (restored from backup): pulled from 0. */
  readonly resynced: boolean;
}

/**
 * Pulls pages after the saved cursor until the registry has no more, each committed locally
 * (with its cursor and the log's epoch) before the next is asked for. `resync-required` (the
 * registry was restored from a backup): the cursor goes back to 0 in the registry's new epoch
 * and everything is pulled again (not the snapshot endpoint yet); unsent ops stay queued.
 */
export async function pullChanges(ctx: SyncContext, pushed: number): Promise<PullSummary> {
  const { db } = ctx.session.store;
  let [cursor, epoch] = await Promise.all([readCursor(db), readEpoch(db)]);
  let pulled = 0;
  let resynced = false;
  for (;;) {
    ctx.signal.throwIfAborted();
    const to = endpointOf(ctx.link);
    const page = await ctx.transport.pull(to, cursor, MAX_PULL_LIMIT, ctx.signal, epoch);
    if (isResyncRequired(page)) {
      if (resynced) throw new SyncFailure('bad-response');
      resynced = true;
      cursor = 0;
      epoch = page.epoch ?? null;
      await resetForResync(ctx, page.epoch);
      continue;
    }
    epoch = page.epoch ?? null;
    await applyPullPage(ctx.session, page);
    pulled += page.changes.length;
    cursor = page.nextCursor;
    ctx.onProgress({ phase: 'pull', pushed, toPush: pushed, pulled });
    if (!page.hasMore) return { pulled, resynced };
  }
}

/**
 * The registry lost part of its log: what this desk knows of its revs and of its settled ops no
 * longer holds. Every op still in the outbox becomes unsent again (the registry answers the ones
 * it kept as duplicates), and every record is taken again from rev 0.
 */
async function resetForResync(ctx: SyncContext, epoch: string | undefined): Promise<void> {
  const { db } = ctx.session.store;
  const { revs, acks } = syncTables(db);
  await db.transaction('rw', [db.meta, revs, acks], async () => {
    await Promise.all([revs.clear(), acks.clear(), writeCursor(db, 0), writeEpoch(db, epoch)]);
  });
}
