import type { RankParams, RankTiming } from '../browser/workloads/m1-rank-need';
import type { SearchOfficeFigures } from '../browser/workloads/p5-search-office';
import { defineWorkload, row } from '../lib/bench-types';
import { median, percentile } from '../lib/stats';

const TARGET_MS = 200;

/**
 * M1 in headless Chromium: one need ranked against the office of N members by the app's own
 * search worker, as the Needs screen asks it (worker time, and the page's round trip with the
 * reply validated).
 */
export default defineWorkload({
  id: 'm1-matching-browser',
  title: 'Rank one need against every member, in the search worker (M1)',
  where: 'browser',
  async run({ options, page: openPage, log }) {
    const page = await openPage();
    const { browserN: n, seed } = options;
    const host = await page.run<SearchOfficeFigures>('search-office', { n, seed, action: 'host' });
    log(`m1 search worker ready over ${host.members} members`);
    const params: RankParams = { n, seed, needs: 5, rounds: options.quick ? 4 : 10, limit: 50 };
    const timings = await page.run<RankTiming[]>('m1-rank-need', { ...params });
    const worker = timings.map((t) => t.workerMs);
    const rtt = timings.map((t) => t.roundTripMs);
    const fit = Math.round(timings.reduce((sum, t) => sum + t.eligible, 0) / timings.length);
    const note = `N=${n}; ${params.needs} needs x ${params.rounds} rounds, top ${params.limit}; mean ${fit} members fit each need`;
    return [
      row({
        id: 'M1',
        metric: `rank one need at ${n}, search worker, p50`,
        value: median(worker),
        unit: 'ms',
        target: `<= ${TARGET_MS} ms`,
        pass: median(worker) <= TARGET_MS,
        note,
      }),
      row({
        id: 'M1',
        metric: `rank one need at ${n}, search worker, p95`,
        value: percentile(worker, 95),
        unit: 'ms',
        target: `<= ${TARGET_MS} ms`,
        pass: percentile(worker, 95) <= TARGET_MS,
      }),
      row({
        id: 'M1',
        metric: `rank one need at ${n}, round trip from the page, p95`,
        value: percentile(rtt, 95),
        unit: 'ms',
        note: `p50 ${median(rtt).toFixed(1)} ms`,
      }),
    ];
  },
});
