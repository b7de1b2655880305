import type { UiThreadFigures } from '../browser/workloads/p2-import-ui-thread';
import { defineWorkload, row } from '../lib/bench-types';
import { TARGETS } from '../lib/targets';

const MAX_TASK_MS = 50;

/** P2: the page's main thread while P1's encrypted import runs in the worker. */
export default defineWorkload({
  id: 'p2-import-ui-thread',
  title: 'UI thread during an encrypted import running in a worker (P2)',
  where: 'browser',
  async run({ options, page: openPage, log }) {
    const page = await openPage();
    const { browserN: n, seed } = options;
    const figures = await page.run<UiThreadFigures>('p2-import-ui-thread', {
      n,
      seed,
      chunkSize: 1000,
    });
    log(
      `p2: longest task ${Math.round(figures.longestTaskMs)} ms (${figures.longTasks} long), ` +
        `timer gap ${Math.round(figures.longestTimerGapMs)} ms, import ${Math.round(figures.importMs)} ms`,
    );
    return [
      row({
        id: 'P2',
        metric: 'longest main-thread task during import',
        value: figures.longestTaskMs,
        unit: 'ms',
        target: TARGETS.P2,
        pass: figures.longestTaskMs <= MAX_TASK_MS,
        note: `${figures.longTasks} tasks >= 50 ms; N=${n} imported in the worker`,
      }),
      row({
        id: 'P2',
        metric: 'longest gap between 10 ms timer ticks',
        value: figures.longestTimerGapMs,
        unit: 'ms',
      }),
    ];
  },
});
