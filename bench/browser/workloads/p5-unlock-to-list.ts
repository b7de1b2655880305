import { createMemberSearchClient } from '../../../renderer/src/search/member-search-client';
import { progressRefreshKey } from '../../../renderer/src/screens/members/list/use-index-progress';
import type { IndexProgress } from '../../../renderer/src/search/member-search-types';
import {
  prepareSearchWorker,
  spawnSearchWorker,
} from '../../../renderer/src/search/spawn-search-worker';
import { definePageWorkload } from '../bench-api';
import { runInWorker } from '../lib/run-in-worker';
import { openOptions, whenReady } from '../lib/search-host';
import { searchOffice } from '../lib/search-office';
import { setSnapshotState } from '../lib/p5-snapshot-state';
import type { DecryptPassFigures } from './p5-decrypt-pass';

export interface UnlockParams {
  n: number;
  seed: number;
  /**
   * `cold`: the app's search worker with no sealed snapshot (first unlock: every record);
   * `warm`: with the snapshot its last load wrote and 1% of the people changed
   * since; `decrypt`: the decrypt-only baseline.
   */
  variant: 'cold' | 'warm' | 'decrypt';
  /**
   * As the app does at its unlock screen: the worker is started (prepareSearchWorker) and its
   * code loaded, then a second passes (typing the passphrase) before the clock starts, which
   * then runs from `open` (the unlocked key).
   */
  prepared?: boolean;
}

export interface UnlockFigures {
  /** From starting the worker to the first search the members list makes that lists rows. */
  usableMs: number;
  /** From starting the worker to the index ready (all members, sort orders built). */
  readyMs: number;
  /** Members the first list answer counted, and in the end. */
  usableTotal: number;
  readyTotal: number;
  /** Each progress report: ms since start, phase, members done. */
  timeline?: string;
  /** With `prepared`: from starting the worker to its code loaded (before the clock starts). */
  codeMs?: number;
}

type Client = ReturnType<typeof createMemberSearchClient>;

/** The first list screen as the members list asks it: a search, then its first rows. */
async function firstScreen(client: Client) {
  const { total } = await client.search({ text: '', filters: {}, sort: 'relevance' });
  const rows = await client.rows(0, 50);
  if (total > 0 && rows.length === 0) throw new Error('list answered no rows');
  return total;
}

/**
 * When the members list first shows members: it searches again each time the app's
 * `progressRefreshKey` of the worker's progress changes (MemberListScreen), so this does the
 * same and resolves at the first of those searches that answers rows (at worst at `ready`).
 */
function firstListedScreen(client: Client, start: number) {
  return new Promise<{ at: number; total: number }>((resolve, reject) => {
    let key = '';
    let settled = false;
    const onProgress = (p: IndexProgress) => {
      const next = progressRefreshKey(p);
      if (settled || next === key) return;
      key = next;
      // Before `open` the worker answers not-open, as the list then shows; only a failure at
      // `ready` means the list never fills.
      const failed = (error: unknown) => (p.phase === 'ready' ? reject(error) : undefined);
      firstScreen(client).then((total) => {
        if (settled || total === 0) return;
        settled = true;
        stop();
        resolve({ at: performance.now() - start, total });
      }, failed);
    };
    const stop = client.onProgress(onProgress);
    onProgress(client.progress());
  });
}

/** Typing a username and passphrase, then deriving the key, take longer than this. */
const AT_UNLOCK_SCREEN_MS = 1000;

/**
 * Waits until the worker has loaded its code (a request before `open` is answered, not-open,
 * only then), then as long again as the unlock screen shows at least (its code lists load).
 */
async function codeLoaded(client: Client) {
  const answered = await client.search({ text: '', filters: {}, sort: 'relevance' }).then(
    () => 'answered',
    (error: unknown) => (error as { code?: string }).code,
  );
  if (answered !== 'not-open') throw new Error(`worker before open: ${answered}`);
  const loadedAt = performance.now();
  await new Promise((resolve) => setTimeout(resolve, AT_UNLOCK_SCREEN_MS));
  return loadedAt;
}

async function unlockToList(office: Awaited<ReturnType<typeof searchOffice>>, prepared: boolean) {
  if (prepared) prepareSearchWorker();
  const port = spawnSearchWorker();
  if (!port) throw new Error('no Worker in this page');
  const client = createMemberSearchClient(port);
  const spawned = performance.now();
  const loadedAt = prepared ? await codeLoaded(client) : null;
  const start = performance.now();
  const timeline: string[] = [];
  client.onProgress((p: IndexProgress) => {
    timeline.push(`${Math.round(performance.now() - start)}:${p.phase}:${p.done}`);
  });
  try {
    const ready = whenReady(client, port);
    const usable = firstListedScreen(client, start);
    usable.catch(() => undefined);
    await Promise.race([client.open(openOptions(office)), ready]);
    await ready;
    const readyMs = performance.now() - start;
    const readyTotal = await firstScreen(client);
    const first = await usable;
    return {
      usableMs: first.at,
      usableTotal: first.total,
      readyMs,
      readyTotal,
      timeline: timeline.join(' '),
      ...(loadedAt === null ? {} : { codeMs: loadedAt - spawned }),
    };
  } finally {
    client.dispose();
  }
}

/**
 * P5: unlock to a usable members list. `cold` and `warm` start the app's search worker
 * (spawnSearchWorker) on the office of `n` people, without and with its sealed snapshot (plus
 * a 1% delta), and time the first answered list screen (during the load) and the ready index
 * (with `prepared`, from `open` to a worker whose code loaded beforehand, as at the unlock screen);
 * `decrypt` reads and decrypts the same rows in the bench worker without projecting or
 * indexing them (the baseline). Preparing the snapshot state is not timed.
 */
export default definePageWorkload<UnlockParams, UnlockFigures>({
  id: 'p5-unlock-to-list',
  async run({ n, seed, variant, prepared = false }) {
    const office = await searchOffice(n, seed);
    if (variant !== 'decrypt') {
      await setSnapshotState(office, variant === 'warm');
      return unlockToList(office, prepared);
    }
    const start = performance.now();
    const figures = (await runInWorker('p5-decrypt-pass', {
      ...openOptions(office),
    })) as DecryptPassFigures;
    const ms = performance.now() - start;
    return { usableMs: ms, readyMs: ms, usableTotal: figures.people, readyTotal: figures.people };
  },
});
