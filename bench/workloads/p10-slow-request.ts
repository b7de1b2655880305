import { gzipSync } from 'node:zlib';
import type { Op } from '../../shared/sync/op';
import { splitIntoBatches } from '../../shared/sync/protocol/batch-size';
import { defineWorkload, row, type ResultRow } from '../lib/bench-types';
import { enrollDevice, type BenchRegistry } from '../lib/registry-bench';
import { SlowLinkClient } from '../lib/slow-link-client';
import {
  createOps,
  editOps,
  openSlowLinkWorld,
  overLink,
  type SlowLinkWorld,
} from '../lib/slow-link-world';
import { TARGETS } from '../lib/targets';

const SEEDED = 1000;
const NEW_PEOPLE = 1000;
const NATIONAL = { kind: 'national' } as const;
/** 64 kbit/s with a satellite-like round trip, no random loss: one request's own cost. */
const LINK = { bitsPerSecond: 64_000, rttMs: 800, seed: 21 };

function requestRow(what: string, ms: number, bytes: number, note: string): ResultRow {
  return row({
    id: 'P10',
    metric: `${what} at 64 kbit/s, 800 ms RTT`,
    value: ms / 1000,
    unit: 's',
    target: TARGETS.P10,
    pass: ms <= 30_000 && bytes <= 240 * 1024,
    note: `${Math.round(bytes / 1024)} KB on the wire (both ways); ${note}`,
  });
}

/** One full push batch of new registrations, and one pull page of changed records. */
async function oneRequest(world: SlowLinkWorld, registrar: SlowLinkClient, seed: number) {
  const creates = createOps(registrar.device, NEW_PEOPLE, seed, SEEDED, 0);
  const first = splitIntoBatches(creates)[0] ?? [];
  const push = await overLink(registrar, LINK, async (proxy) => {
    const start = performance.now();
    await registrar.push(first);
    return { ms: performance.now() - start, bytes: proxy.stats.bytesUp + proxy.stats.bytesDown };
  });
  // The same number of other new people pushed straight to the registry: its own share.
  const direct = new SlowLinkClient(
    world.registry.url,
    await enrollDevice(world.registry, NATIONAL),
  );
  const others = createOps(direct.device, first.length, seed, SEEDED + NEW_PEOPLE, 0);
  const start = performance.now();
  await direct.push(others);
  const baseMs = performance.now() - start;
  const cursor = world.reader.cursor;
  await world.editor.push(editOps(world.editor, SEEDED, 0)); // 1,000 changed records to pull
  const pages: ResultRow[] = [];
  for (const limit of [1000, 250]) {
    world.reader.cursor = cursor;
    const pull = await overLink(world.reader, LINK, async (proxy) => {
      const start = performance.now();
      const page = await world.reader.pullPage(limit);
      const ms = performance.now() - start;
      return { ms, page, bytes: proxy.stats.bytesDown + proxy.stats.bytesUp };
    });
    pages.push(
      requestRow(
        `pull page of ${pull.page.changes} changed records (limit ${limit})`,
        pull.ms,
        pull.bytes,
        'the first page after the cursor',
      ),
    );
  }
  const gz = gzipSync(JSON.stringify(first)).length;
  return {
    rest: creates.slice(first.length),
    extra: others.length,
    rows: [
      {
        ...requestRow(
          `push of one full batch (${first.length} new registrations)`,
          push.ms,
          push.bytes,
          `batch ~${Math.round(gz / 1024)} KB gzip; baseline = the same push unthrottled (registry time)`,
        ),
        baseline: baseMs / 1000,
        ratio: push.ms / baseMs,
      },
      ...pages,
    ],
  };
}

interface Counts {
  records: number;
  creates: number;
  applied: number;
}

async function counts(registry: BenchRegistry, deviceId: string): Promise<Counts> {
  const { rows } = await registry.db.query<Counts>(
    `SELECT (SELECT count(*)::int FROM records) AS records,
            (SELECT count(*)::int FROM changes WHERE kind = 'create' AND device_id = $1) AS creates,
            (SELECT count(*)::int FROM applied_ops WHERE device_id = $1) AS applied`,
    [deviceId],
  );
  const got = rows[0];
  if (!got) throw new Error('no counts');
  return got;
}

/**
 * The rest of the new registrations pushed with the link cut in the middle of the second batch,
 * then resumed; and a pull page cut mid-answer, then resumed. Nothing lost, nothing twice, and
 * only the interrupted request is sent again.
 */
async function interrupted(
  world: SlowLinkWorld,
  registrar: SlowLinkClient,
  rest: Op[],
  extra: number,
) {
  const total = SEEDED + NEW_PEOPLE + extra;
  const batches = splitIntoBatches(rest);
  const firstGzip = gzipSync(JSON.stringify(batches[0] ?? [])).length;
  const before = registrar.tally.retries;
  await overLink(registrar, LINK, async (proxy) => {
    proxy.cutAfter('up', Math.round(firstGzip * 1.5)); // inside the second request
    await registrar.push(rest);
  });
  const pushRetries = registrar.tally.retries - before;
  const after = await counts(world.registry, registrar.device.deviceId);
  const pushOk =
    after.records === total && after.creates === NEW_PEOPLE && after.applied === NEW_PEOPLE;
  const pullBefore = world.reader.tally.retries;
  await overLink(world.reader, LINK, async (proxy) => {
    proxy.cutAfter('down', 60_000);
    await world.reader.pullAll();
  });
  const pullRetries = world.reader.tally.retries - pullBefore;
  const pullOk = world.reader.replica.size === total;
  return [
    row({
      id: 'P10',
      metric: 'push cut mid-batch, resumed: requests sent again',
      value: pushRetries,
      unit: 'requests',
      target: 'an interruption loses at most one batch',
      pass: pushOk && pushRetries <= 1,
      note: `${batches.length} batches; registry: ${after.records} records, ${after.creates} creates, ${after.applied} ops settled (want ${total}, ${NEW_PEOPLE}, ${NEW_PEOPLE})`,
    }),
    row({
      id: 'P10',
      metric: 'pull page cut mid-answer, resumed: pages read again',
      value: pullRetries,
      unit: 'pages',
      target: 'an interruption loses at most one batch',
      pass: pullOk && pullRetries <= 1,
      note: `office copy: ${world.reader.replica.size} records (want ${total})`,
    }),
  ];
}

export default defineWorkload({
  id: 'p10-slow-request',
  title: 'One sync request on a 64 kbit/s link; an interruption loses at most one batch (P10)',
  where: 'node',
  async run({ options, log }) {
    const world = await openSlowLinkWorld(SEEDED, options.seed, log);
    try {
      const registrar = new SlowLinkClient(world.registry.url, world.registrar);
      const one = await oneRequest(world, registrar, options.seed);
      log('P10: one request measured; now the interrupted sync');
      return [...one.rows, ...(await interrupted(world, registrar, one.rest, one.extra))];
    } finally {
      await world.close();
    }
  },
});
