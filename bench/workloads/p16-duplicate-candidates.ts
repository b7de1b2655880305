import type { SearchOfficeFigures } from '../browser/workloads/p5-search-office';
import type {
  DuplicateParams,
  DuplicateProbe,
} from '../browser/workloads/p16-duplicate-candidates';
import { defineWorkload, row } from '../lib/bench-types';
import { median, percentile } from '../lib/stats';
import { TARGETS } from '../lib/targets';

const MAX_MS = 50;

/**
 * P16: duplicate candidates for one new registration against the office of N people (blocking
 * keys in the search worker's memory), ~200 generated registrations of which half re-register
 * a stored member (with their contacts, or by name and birth year only).
 */
export default defineWorkload({
  id: 'p16-duplicate-candidates',
  title: 'Duplicate candidates for one new registration, in the search worker (P16)',
  where: 'browser',
  async run({ options, page: openPage, log }) {
    const page = await openPage();
    const { browserN: n, seed } = options;
    const host = await page.run<SearchOfficeFigures>('search-office', { n, seed, action: 'host' });
    log(`p16 search worker ready over ${host.members} members`);
    const params: DuplicateParams = { n, seed, samples: 200 };
    const probes = await page.run<DuplicateProbe[]>('p16-duplicate-candidates', { ...params });
    const rtt = probes.map((p) => p.roundTripMs);
    const worker = probes.map((p) => p.workerMs);
    const recall = (kind: DuplicateProbe['kind']) => {
      const planted = probes.filter((p) => p.kind === kind);
      return `${planted.filter((p) => p.found).length}/${planted.length}`;
    };
    const fresh = probes.filter((p) => p.kind === 'new').map((p) => p.candidates);
    const note =
      `N=${n}, ${probes.length} registrations; stored member found: re-registered ${recall('same-person')}, ` +
      `by name + birth year ${recall('same-name')}; new people: median ${median(fresh)} candidates`;
    return [
      row({
        id: 'P16',
        metric: 'duplicate candidates, round trip, p50',
        value: median(rtt),
        unit: 'ms',
        target: TARGETS.P16,
        pass: median(rtt) <= MAX_MS,
        note,
      }),
      row({
        id: 'P16',
        metric: 'duplicate candidates, round trip, p95',
        value: percentile(rtt, 95),
        unit: 'ms',
        target: TARGETS.P16,
        pass: percentile(rtt, 95) <= MAX_MS,
        note: `worker p50 ${median(worker).toFixed(2)} ms, p95 ${percentile(worker, 95).toFixed(2)} ms; max ${Math.max(...rtt).toFixed(1)} ms`,
      }),
    ];
  },
});
