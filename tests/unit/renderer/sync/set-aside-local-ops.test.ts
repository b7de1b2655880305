import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLocalOps, wireSeqOf } from '../../../../renderer/src/sync/engine/set-aside-local-ops';
import type { LocalOpsMeta } from '../../../../renderer/src/sync/state/sync-meta';

/**
 * A desk's ops in local order (true = a desk-only record's op), handled as the engine does:
 * now and then new ops are set aside, the oldest sent ops are confirmed and leave the queue.
 */
const scenario = fc.record({
  seqBase: fc.nat({ max: 50 }),
  ops: fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }),
  steps: fc.array(fc.record({ scan: fc.nat({ max: 8 }), confirm: fc.nat({ max: 8 }) }), {
    maxLength: 20,
  }),
});

describe('gap-free device numbers once desk-only ops are set aside', () => {
  it('numbers the ops that leave the desk 1, 2, 3… in order, at every step, whatever was confirmed', () => {
    fc.assert(
      fc.property(scenario, ({ seqBase, ops, steps }) => {
        const deviceSeqOf = (i: number) => seqBase + 1 + i;
        const expected = new Map<number, number>();
        let n = 0;
        ops.forEach((local, i) => {
          if (!local) expected.set(deviceSeqOf(i), (n += 1));
        });
        let meta: LocalOpsMeta = { scannedSeq: 0, folded: 0, skipped: [] };
        let queued: number[] = [];
        let scanned = 0;
        for (const step of [...steps, { scan: ops.length, confirm: 0 }]) {
          const fresh = ops.slice(scanned, scanned + step.scan);
          const freshSeqs = fresh.map((_, k) => deviceSeqOf(scanned + k));
          scanned += fresh.length;
          queued = [...queued, ...freshSeqs.filter((_, k) => !fresh[k])];
          queued = queued.slice(Math.min(step.confirm, queued.length));
          const setAside = freshSeqs.filter((_, k) => fresh[k]);
          meta = foldLocalOps(meta, setAside, queued[0]);
          for (const seq of queued) expect(wireSeqOf(seq, seqBase, meta)).toBe(expected.get(seq));
        }
      }),
    );
  });
});
