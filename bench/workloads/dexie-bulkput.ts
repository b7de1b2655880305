import type { ChunkedPutFigures } from '../browser/lib/time-chunked-put';
import { alternate } from '../lib/alternate';
import { defineWorkload, row } from '../lib/bench-types';
import { perSecond } from '../lib/stats';
import { ANCHORS } from '../lib/targets';

const CHUNK_SIZE = 1000;

/**
 * P1's anchors: raw Dexie bulkPut in Chromium's IndexedDB, chunks of 1000, primary key only
 * (baseline) vs 7 production-like indexes (candidate), alternating order. Runs in the bench
 * worker, where P1's import runs.
 */
export default defineWorkload({
  id: 'dexie-bulkput',
  title: 'Raw Dexie bulkPut in a Chromium worker: primary key only vs 7 indexes (P1 anchors)',
  where: 'browser',
  async run({ options, page: openPage, log }) {
    const page = await openPage();
    const { browserN: n, seed, reps } = options;
    const bulkPut = (variant: 'pk' | 'indexed', count: number) =>
      page.runInWorker<ChunkedPutFigures>('dexie-bulkput', {
        variant,
        n: count,
        seed,
        chunkSize: CHUNK_SIZE,
      });
    const timed = (variant: 'pk' | 'indexed') => async (rep: number) => {
      const figures = await bulkPut(variant, n);
      log(`dexie-bulkput ${variant} rep ${rep + 1}/${reps}: ${Math.round(figures.ms)} ms`);
      return figures.ms;
    };
    log('dexie-bulkput warm-up');
    await bulkPut('pk', Math.min(n, 2000));
    await bulkPut('indexed', Math.min(n, 2000));
    const times = await alternate(reps, timed('pk'), timed('indexed'));
    const pk = perSecond(n, times.medianBaseline);
    const indexed = perSecond(n, times.medianCandidate);
    return [
      row({
        id: 'dexie-bulkput',
        metric: 'bulkPut, primary key only',
        value: pk,
        unit: 'rec/s',
        target: ANCHORS.dexiePrimaryKeyOnly,
      }),
      row({
        id: 'dexie-bulkput',
        metric: 'bulkPut, 7 indexes',
        value: indexed,
        unit: 'rec/s',
        baseline: pk,
        ratio: times.medianRatio,
        target: ANCHORS.dexieSevenIndexes,
      }),
    ];
  },
});
