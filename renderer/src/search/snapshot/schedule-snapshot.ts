import type { OpenIndex, WorkerState } from '../worker/worker-state';
import { catchUp } from './catch-up';
import { writeSnapshot } from './write-snapshot';

/** After a load that read records (full, or a delta): soon, once the list has settled. */
export const AFTER_LOAD_MS = 2000;
/** After changes while the desk is open: once they stop coming for a while. */
export const AFTER_CHANGES_MS = 30_000;

/** Catches the index up with the records, then seals it as the new snapshot. */
export async function refreshSnapshot(state: WorkerState, open: OpenIndex): Promise<void> {
  if (state.open !== open) return;
  await catchUp(open);
  if (state.open !== open) return;
  await writeSnapshot(open.db, open.dataKey, {
    highRisk: open.projection.highRisk,
    watermark: open.watermark,
    members: [...open.index.records()],
    consents: open.consents.entries(),
  });
}

/**
 * (Re)starts the timer for the next snapshot write; writes run one at a time with refreshes.
 * A worker ended meanwhile (lock, sign-out) writes nothing more; a write cut short leaves the
 * previous snapshot (see writeSnapshot).
 */
export function scheduleSnapshot(state: WorkerState, open: OpenIndex, delayMs: number): void {
  clearTimeout(open.snapshotTimer);
  open.snapshotTimer = setTimeout(() => {
    open.snapshotTimer = undefined;
    open
      .exclusive(() => refreshSnapshot(state, open))
      .catch((error: unknown) =>
        console.warn('search: snapshot not written', (error as Error).name),
      );
  }, delayMs);
}
