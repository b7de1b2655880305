import { definePageWorkload } from '../bench-api';
import type { ChunkedPutFigures } from '../lib/time-chunked-put';
import type { ImportParams } from './p1-encrypted-import';

export interface UiThreadFigures {
  /** Longest main-thread task seen while the import ran (0 when none reached 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** Longest gap between two 10 ms timer ticks on the main thread: what a person would feel. */
  longestTimerGapMs: number;
  importMs: number;
}

/**
 * P2: runs P1's encrypted import in the bench worker while the page watches its own main thread
 * (PerformanceObserver longtask, plus a 10 ms timer whose late ticks show any jank). Page only.
 */
export default definePageWorkload<Omit<ImportParams, 'variant'>, UiThreadFigures>({
  id: 'p2-import-ui-thread',
  async run(params) {
    // Through window.__bench, not an import: workload files also load in the worker, which
    // must not bundle a worker of its own.
    const runInWorker = window.__bench!.runInWorker;
    // Generate the records in the worker first, outside the observed window.
    await runInWorker('p1-encrypted-import', { ...params, variant: 'plaintext' });
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    let last = performance.now();
    let longestTimerGapMs = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestTimerGapMs = Math.max(longestTimerGapMs, now - last);
      last = now;
    }, 10);
    try {
      const figures = (await runInWorker('p1-encrypted-import', {
        ...params,
        variant: 'encrypted',
      })) as ChunkedPutFigures;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {
        longestTaskMs: Math.max(0, ...tasks),
        longTasks: tasks.length,
        longestTimerGapMs,
        importMs: figures.ms,
      };
    } finally {
      clearInterval(timer);
      observer.disconnect();
    }
  },
});
