import type { Op } from '../../shared/sync/op';
import { defineWorkload, row, type ResultRow } from '../lib/bench-types';
import type { SlowLinkClient } from '../lib/slow-link-client';
import { LINKS, editOps, openSlowLinkWorld, overLink } from '../lib/slow-link-world';
import { TARGETS } from '../lib/targets';
import type { SlowLinkOptions } from '../lib/throttle-proxy';

const CHANGED = 1000;

interface Leg {
  ms: number;
  requests: number;
  retries: number;
  lost: number;
}

async function timed(
  client: SlowLinkClient,
  link: SlowLinkOptions,
  fn: () => Promise<unknown>,
): Promise<Leg> {
  const before = { ...client.tally };
  return overLink(client, link, async (proxy) => {
    const start = performance.now();
    await fn();
    return {
      ms: performance.now() - start,
      requests: client.tally.requests - before.requests,
      retries: client.tally.retries - before.retries,
      lost: proxy.stats.lostSegments,
    };
  });
}

/** Every edit reached the other office (a figure for a sync that lost data would be worthless). */
function assertArrived(reader: SlowLinkClient, edits: readonly Op[]): void {
  const numbers = (phones: unknown) =>
    JSON.stringify((phones as { number: string }[]).map((p) => p.number));
  const missing = edits.filter((op) => {
    const got = reader.replica.get(op.recordId)?.data.phones ?? [];
    return numbers(got) !== numbers(op.changes.phones?.to); // jsonb orders keys its own way
  });
  if (missing.length > 0) throw new Error(`${missing.length} edits did not reach the reader`);
}

const LINK_RUNS = [
  { name: 'unthrottled loopback', link: LINKS.unthrottled, limitMs: null },
  { name: '64 kbit/s, 800 ms RTT, 2% loss', link: LINKS.kbit64, limitMs: 60_000 },
  { name: '256 kbit/s, 800 ms RTT, 2% loss', link: LINKS.kbit256, limitMs: 15_000 },
] as const;

function legRow(what: string, run: (typeof LINK_RUNS)[number], leg: Leg, base: Leg | null) {
  return row({
    id: 'P11',
    metric: `${what}, ${run.name}`,
    value: leg.ms / 1000,
    unit: 's',
    baseline: base ? base.ms / 1000 : null,
    ratio: base ? leg.ms / base.ms : null,
    target: run.limitMs === null ? null : TARGETS.P11,
    pass: run.limitMs === null ? null : leg.ms <= run.limitMs,
    note: `${leg.requests} requests, ${leg.retries} retried, ${leg.lost} segments lost`,
  });
}

export default defineWorkload({
  id: 'p11-slow-sync',
  title: '1,000 changed records over a slow, lossy link (P11)',
  where: 'node',
  async run({ options, log }) {
    const world = await openSlowLinkWorld(CHANGED, options.seed, log);
    try {
      const { editor, reader } = world;
      const rows: ResultRow[] = [];
      let seq = 0;
      let pushBase: Leg | null = null;
      let pullBase: Leg | null = null;
      for (const run of LINK_RUNS) {
        await editor.pullAll(); // the edits start from the registry's current revs
        const edits = editOps(editor, CHANGED, seq);
        seq += CHANGED;
        const push = await timed(editor, run.link, () => editor.push(edits));
        const pull = await timed(reader, run.link, () => reader.pullAll());
        assertArrived(reader, edits);
        log(`P11 ${run.name}: push ${Math.round(push.ms)} ms, pull ${Math.round(pull.ms)} ms`);
        pushBase ??= push;
        pullBase ??= pull;
        rows.push(
          legRow('push of 1,000 edited records', run, push, run.limitMs ? pushBase : null),
          legRow('pull of 1,000 changed records', run, pull, run.limitMs ? pullBase : null),
        );
      }
      return rows;
    } finally {
      await world.close();
    }
  },
});
