import type { ImportVariant } from '../browser/workloads/p1-encrypted-import';
import type { ChunkedPutFigures } from '../browser/lib/time-chunked-put';
import { alternate } from '../lib/alternate';
import { defineWorkload, row } from '../lib/bench-types';
import { perSecond } from '../lib/stats';
import { TARGETS } from '../lib/targets';

const CHUNK_SIZE = 1000;
const MIN_RATE = 4000;
const MAX_RATIO = 1.2;

/**
 * P1: bulk encrypted import into the office store in the bench worker, chunks of 1000, against
 * the same records written in clear into the same schema (alternating order). The candidate is
 * the production import path (bulkPutSealed); a plain bulkPut through the encryption middleware
 * is shown beside it.
 */
export default defineWorkload({
  id: 'p1-encrypted-import',
  title: 'Bulk encrypted import in a Chromium worker vs the same records in clear (P1)',
  where: 'browser',
  async run({ options, page: openPage, log }) {
    const page = await openPage();
    const { browserN: n, seed, reps } = options;
    const runImport = (variant: ImportVariant, count: number) =>
      page.runInWorker<ChunkedPutFigures>('p1-encrypted-import', {
        variant,
        n: count,
        seed,
        chunkSize: CHUNK_SIZE,
      });
    const timed = (variant: ImportVariant) => async (rep: number) => {
      const figures = await runImport(variant, n);
      log(`p1 ${variant} rep ${rep + 1}/${reps}: ${Math.round(figures.ms)} ms`);
      return figures.ms;
    };
    log('p1 warm-up');
    for (const variant of ['plaintext', 'encrypted', 'middleware'] as const) {
      await runImport(variant, Math.min(n, 2000));
    }
    const pipelined = await alternate(reps, timed('plaintext'), timed('encrypted'));
    const middleware = await alternate(reps, timed('plaintext'), timed('middleware'));
    const plainRate = perSecond(n, pipelined.medianBaseline);
    const rate = perSecond(n, pipelined.medianCandidate);
    const note = `N=${n}, chunks of ${CHUNK_SIZE}, ${reps} alternating pairs, in the bench worker`;
    return [
      row({
        id: 'P1',
        metric: 'encrypted import (bulkPutSealed)',
        value: rate,
        unit: 'rec/s',
        baseline: plainRate,
        ratio: pipelined.medianRatio,
        target: TARGETS.P1,
        pass: rate >= MIN_RATE && pipelined.medianRatio <= MAX_RATIO,
        note,
      }),
      row({
        id: 'P1',
        metric: 'encrypted import (bulkPut via middleware)',
        value: perSecond(n, middleware.medianCandidate),
        unit: 'rec/s',
        baseline: perSecond(n, middleware.medianBaseline),
        ratio: middleware.medianRatio,
        note: 'supporting: sealing inside each chunk transaction',
      }),
    ];
  },
});
