import { alternate } from '../lib/alternate';
import { defineWorkload, row, type ResultRow } from '../lib/bench-types';
import {
  enrollDevice,
  initialPull,
  pgliteRegistry,
  postgresRegistry,
  seedPeople,
  type BenchDevice,
  type BenchRegistry,
} from '../lib/registry-bench';
import { median, perSecond } from '../lib/stats';
import { TARGETS } from '../lib/targets';
import { pullChanges } from '../../registry/src/sync/pull-changes';
import type { Scope } from '../../shared/sync/scope/scope';

/** Seeding goes through the real push path (~1-3 ms an op here): capped to keep the run short. */
const MAX_REGISTRY_N = 20_000;
const PAGE = 1000;
const PAGES_PER_REP = 8;

interface Setup {
  readonly registry: BenchRegistry;
  readonly national: BenchDevice;
  readonly residence: BenchDevice;
  readonly pushMs: number;
}

async function setUp(
  registry: BenchRegistry,
  n: number,
  seed: number,
  log: (line: string) => void,
): Promise<Setup> {
  const writer = await enrollDevice(registry, { kind: 'national' });
  const pushMs = await seedPeople(registry, writer, n, seed, log);
  const national = await enrollDevice(registry, { kind: 'national' });
  const residence = await enrollDevice(registry, { kind: 'residence', countries: ['FR'] });
  return { registry, national, residence, pushMs };
}

/** Median server time of one pull page (query + delivery + cursor update), in ms. */
async function pageMs(setup: Setup, device: BenchDevice, scope: Scope, n: number) {
  const times: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < PAGES_PER_REP; i += 1) {
    const cursor = Math.floor(((n - PAGE) * i) / PAGES_PER_REP);
    const start = performance.now();
    const page = await pullChanges(setup.registry.db, {
      deviceId: device.deviceId,
      office: { officeId: device.officeId, scope },
      cursor,
      limit: PAGE,
      now: new Date(),
    });
    times.push(performance.now() - start);
    sizes.push(page.changes ?? 0);
  }
  return { ms: median(times), changes: median(sizes) };
}

async function pullRate(setup: Setup, log: (line: string) => void): Promise<number> {
  const pulled = await initialPull(setup.registry, setup.national);
  log(`${setup.registry.kind}: ${pulled.records} records in ${Math.round(pulled.ms)} ms`);
  return pulled.ms;
}

function backendRows(setup: Setup, n: number, pullMs: number, page: number, frPage: number) {
  const kind = setup.registry.kind;
  return [
    row({
      id: 'P12',
      metric: `initial pull into a Node replica, ${kind}`,
      value: perSecond(n, pullMs),
      unit: 'rec/s',
      target: TARGETS.P12,
      pass: perSecond(n, pullMs) >= 6000,
      note: `${n} people over HTTP on loopback, pages of ${PAGE}, gzip`,
    }),
    row({
      id: 'P13',
      metric: `pull page of ${PAGE} (national scope) server time, ${kind}`,
      value: page,
      unit: 'ms',
      target: TARGETS.P13,
      pass: page <= 200,
    }),
    row({
      id: 'P13',
      metric: `pull page (residence FR scope) server time, ${kind}`,
      value: frPage,
      unit: 'ms',
    }),
    row({
      id: 'p12-registry-sync',
      metric: `push of new people (seeding), ${kind}`,
      value: perSecond(n, setup.pushMs),
      unit: 'ops/s',
      note: 'POST /v1/sync/push, 500 ops a batch, one transaction per op',
    }),
  ];
}

/** PGlite (candidate) against PostgreSQL (baseline), alternating, when both are there. */
async function ratioRows(lite: Setup, pg: Setup, n: number, reps: number): Promise<ResultRow[]> {
  const national: Scope = { kind: 'national' };
  const pages = await alternate(
    reps,
    async () => (await pageMs(pg, pg.national, national, n)).ms,
    async () => (await pageMs(lite, lite.national, national, n)).ms,
  );
  const pulls = await alternate(
    reps,
    async () => (await initialPull(pg.registry, pg.national)).ms,
    async () => (await initialPull(lite.registry, lite.national)).ms,
  );
  return [
    row({
      id: 'P13',
      metric: 'pull page server time, PGlite / PostgreSQL',
      value: pages.medianCandidate,
      unit: 'ms',
      baseline: pages.medianBaseline,
      ratio: pages.medianRatio,
      target: TARGETS.P13,
      pass: pages.medianCandidate <= 200 && pages.medianRatio <= 2.5,
    }),
    row({
      id: 'P12',
      metric: 'initial pull time, PGlite / PostgreSQL',
      value: perSecond(n, pulls.medianCandidate),
      unit: 'rec/s',
      baseline: perSecond(n, pulls.medianBaseline),
      ratio: pulls.medianRatio,
    }),
  ];
}

export default defineWorkload({
  id: 'p12-registry-sync',
  title: 'Registry: initial pull into a Node replica (P12), pull page server time (P13)',
  where: 'node',
  async run({ options, log }) {
    const n = Math.min(options.n, MAX_REGISTRY_N);
    const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    const registries: BenchRegistry[] = [];
    try {
      registries.push(await pgliteRegistry());
      if (serverUrl) registries.push(await postgresRegistry(serverUrl));
      const setups: Setup[] = [];
      for (const registry of registries) setups.push(await setUp(registry, n, options.seed, log));
      const rows: ResultRow[] = [];
      for (const setup of setups) {
        const pulls: number[] = [];
        for (let rep = 0; rep < options.reps; rep += 1) pulls.push(await pullRate(setup, log));
        const national = await pageMs(setup, setup.national, { kind: 'national' }, n);
        const fr = await pageMs(
          setup,
          setup.residence,
          { kind: 'residence', countries: ['FR'] },
          n,
        );
        rows.push(...backendRows(setup, n, median(pulls), national.ms, fr.ms));
      }
      const [lite, pg] = setups;
      if (lite && pg) rows.push(...(await ratioRows(lite, pg, n, options.reps)));
      else log('no BENCH_DATABASE_URL / TEST_DATABASE_URL: PostgreSQL rows skipped');
      return rows;
    } finally {
      for (const registry of registries) await registry.close().catch(() => undefined);
    }
  },
});
