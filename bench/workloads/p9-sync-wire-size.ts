import { defineWorkload, row, type ResultRow } from '../lib/bench-types';
import { LINKS, createOps, editOps, openSlowLinkWorld, overLink } from '../lib/slow-link-world';
import { SlowLinkClient } from '../lib/slow-link-client';
import { TARGETS } from '../lib/targets';

const CHANGED = 1000;

interface Wire {
  /** Bytes that crossed the link (HTTP headers included) per record. */
  perRecord: number;
  /** gzip / JSON of the bodies. */
  ratio: number;
}

/** Bytes of one direction on the link for what `fn` sends, per record. */
async function measure(
  client: SlowLinkClient,
  direction: 'up' | 'down',
  fn: () => Promise<unknown>,
): Promise<Wire> {
  const before = { ...client.tally };
  return overLink(client, LINKS.unthrottled, async (proxy) => {
    await fn();
    const wire = direction === 'up' ? proxy.stats.bytesUp : proxy.stats.bytesDown;
    const raw =
      direction === 'up'
        ? client.tally.rawUp - before.rawUp
        : client.tally.rawDown - before.rawDown;
    return { perRecord: wire / CHANGED, ratio: wire / raw };
  });
}

function wireRow(what: string, wire: Wire, note: string): ResultRow {
  return row({
    id: 'P9',
    metric: `${what}, bytes on the wire per record`,
    value: wire.perRecord,
    unit: 'B/record',
    ratio: wire.ratio,
    target: TARGETS.P9,
    pass: wire.perRecord <= 250 && wire.ratio <= 0.2,
    note: `${note}; ratio column = compressed/raw`,
  });
}

export default defineWorkload({
  id: 'p9-sync-wire-size',
  title: 'Sync wire size per changed record, compressed (P9)',
  where: 'node',
  async run({ options, log }) {
    const world = await openSlowLinkWorld(CHANGED, options.seed, log);
    try {
      const { editor, reader } = world;
      const edits = editOps(editor, CHANGED, 0);
      const push = await measure(editor, 'up', () => editor.push(edits));
      const pull = await measure(reader, 'down', () => reader.pullAll());
      const registrar = new SlowLinkClient(world.registry.url, world.registrar);
      const creates = createOps(world.registrar, CHANGED, options.seed, CHANGED, 0);
      const created = await measure(registrar, 'up', () => registrar.push(creates));
      const bytes = JSON.stringify(creates).length / CHANGED;
      return [
        wireRow('push of 1,000 edits (2 fields each)', push, 'request bodies gzip level 6'),
        wireRow('pull of 1,000 changed records (whole records)', pull, 'answers gzip'),
        wireRow(
          'push of 1,000 new registrations',
          created,
          `create op ~${Math.round(bytes)} B JSON`,
        ),
      ];
    } finally {
      await world.close();
    }
  },
});
