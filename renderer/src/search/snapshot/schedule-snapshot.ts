import type { OpenIndex, WorkerState } from '../worker/worker-state';
import { catchUp } from './catch-up';
import { writeSnapshot, type SnapshotContent } from './write-snapshot';

/** After a load that read records (full, or a delta): soon, once the list has settled. */
export const AFTER_LOAD_MS = 2000;
/** After changes while the desk is open: once they stop coming for a while. */
export const AFTER_CHANGES_MS = 30_000;

/**
 * Catches the index up with the records and takes what the next snapshot holds: the ids of the
 * members and consent facts as of the new watermark, each read from the index only when its
 * chunk is sealed (see SnapshotContent); null when the worker has moved on. Runs in `exclusive`,
 * so it never sees half a refresh; reading, sealing and writing happen after, outside it, so a
 * search, a ranking or a count never waits for a 200,000-member snapshot to be written.
 */
export async function captureSnapshot(
  state: WorkerState,
  open: OpenIndex,
): Promise<SnapshotContent | null> {
  if (state.open !== open) return null;
  await catchUp(open);
  if (state.open !== open) return null;
  const { index, consents } = open;
  return {
    highRisk: open.projection.highRisk,
    watermark: open.watermark,
    memberIds: index.idsByRecency(),
    member: (id) => index.get(id),
    consentIds: [...consents.ids()],
    consent: (id) => consents.entry(id),
  };
}

/** Writes in progress, one chain per open index: two writes never overlap (see writeSnapshot). */
const writing = new WeakMap<OpenIndex, Promise<unknown>>();

/** Captures, then writes, after any write still in progress for this index. */
export function refreshSnapshot(state: WorkerState, open: OpenIndex): Promise<void> {
  const run = (writing.get(open) ?? Promise.resolve()).then(async () => {
    const content = await open.exclusive(() => captureSnapshot(state, open));
    if (content !== null && state.open === open)
      await writeSnapshot(open.db, open.dataKey, content);
  });
  writing.set(
    open,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * (Re)starts the timer for the next snapshot write. A worker ended meanwhile (lock, sign-out)
 * writes nothing more; a write cut short leaves the previous snapshot (see writeSnapshot).
 */
export function scheduleSnapshot(state: WorkerState, open: OpenIndex, delayMs: number): void {
  clearTimeout(open.snapshotTimer);
  open.snapshotTimer = setTimeout(() => {
    open.snapshotTimer = undefined;
    refreshSnapshot(state, open).catch((error: unknown) =>
      console.warn('search: snapshot not written', (error as Error).name),
    );
  }, delayMs);
}
