import type { MemoryParams } from '../browser/workloads/p8-index-memory';
import type { BenchPage } from '../lib/bench-types';
import { defineWorkload, row } from '../lib/bench-types';
import { TARGETS } from '../lib/targets';
import { workerHeapAfterGc, workerTargets, type HeapUsage } from '../lib/worker-heap';

const MB = 1024 * 1024;
const MAX_MB = 200;

const HOST_WORKER = 'search-host.worker';

/** What Chromium adds to Runtime.getHeapUsage: array buffers' and external strings' storage. */
type HeapWithStorage = HeapUsage & { backingStorageSize?: number };

/** The worker's memory: its V8 heap plus the typed arrays' storage, which lies outside it. */
const memoryOf = (heap: HeapWithStorage) => heap.usedSize + (heap.backingStorageSize ?? 0);

/** Puts a search worker in place (see MemoryParams) and reads its heap after GC. */
async function heapOfWorker(page: BenchPage, params: MemoryParams): Promise<HeapWithStorage> {
  const cdp = await page.cdp();
  try {
    const before = new Set(await workerTargets(cdp, HOST_WORKER));
    const { members } = await page.run<{ members: number }>('p8-index-memory', { ...params });
    if (members !== params.n) throw new Error(`expected ${params.n} members, got ${members}`);
    const hosts = await workerTargets(cdp, HOST_WORKER);
    const started = hosts.filter((id) => !before.has(id));
    const target = params.action === 'kept' ? hosts : started;
    if (target.length !== 1) throw new Error(`expected one search worker, found ${target.length}`);
    const snapshotTo = process.env.P8_HEAP_SNAPSHOT;
    const path = snapshotTo ? `${snapshotTo}-${params.action}.heapsnapshot` : undefined;
    return await workerHeapAfterGc(cdp, target[0]!, path);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * P8: memory of the members index at N: the V8 heap of the app's search worker, after a full
 * GC, plus the storage of its array buffers (the index keeps postings, columns and lists in
 * typed arrays, whose bytes are not in the V8 heap), with the index of N members ready, minus
 * the same worker opened on an office with no members (code, code lists, zod schemas). The
 * worker is the one P6, P7 and P16 query (the app's request loop plus per-request timings), so
 * the 200,000-member index is loaded once. Read over DevTools (HeapProfiler.collectGarbage +
 * Runtime.getHeapUsage on the worker target, whose `backingStorageSize` counts array buffers): measureUserAgentSpecificMemory needs cross-origin
 * isolation, which the bench page does not have. With P8_HEAP_SNAPSHOT=<path prefix> in the
 * environment, the worker's heap snapshots are written to <prefix>-kept/extra.heapsnapshot.
 */
export default defineWorkload({
  id: 'p8-index-memory',
  title: 'Search index memory in the search worker (P8)',
  where: 'browser',
  async run({ options, page: openPage, log }) {
    const page = await openPage();
    const { browserN: n, seed } = options;
    const full = await heapOfWorker(page, { n, seed, action: 'kept' });
    log(`p8 worker with ${n} members: ${(full.usedSize / MB).toFixed(1)} MB`);
    const empty = await heapOfWorker(page, { n: 0, seed, action: 'extra' }).finally(() =>
      page.run('p8-index-memory', { n: 0, seed, action: 'stop' }),
    );
    log(`p8 worker with no members: ${(empty.usedSize / MB).toFixed(1)} MB`);
    const index = (memoryOf(full) - memoryOf(empty)) / MB;
    const heapOnly = (full.usedSize - empty.usedSize) / MB;
    const storage = index - heapOnly;
    return [
      row({
        id: 'P8',
        metric: `search index memory, n=${n}`,
        value: index,
        unit: 'MB',
        target: TARGETS.P8,
        pass: index <= MAX_MB,
        note:
          `search worker JS heap + array buffer storage after GC with ${n} members ready ` +
          `minus with none (heap ${heapOnly.toFixed(1)} MB + array buffers ` +
          `${full.backingStorageSize === undefined ? 'not reported' : `${storage.toFixed(1)} MB`}); ` +
          'CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage on the worker target',
      }),
      row({
        id: 'P8',
        metric: 'search index memory per member',
        value: (memoryOf(full) - memoryOf(empty)) / Math.max(1, n),
        unit: 'B',
      }),
    ];
  },
});
