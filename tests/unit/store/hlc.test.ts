import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Hlc } from '../../../shared/sync/hlc';
import {
  compareHlc,
  decodeHlc,
  encodeHlc,
  hlcNow,
  hlcReceive,
  hlcZero,
  HLC_MAX_COUNTER,
} from '../../../shared/sync/hlc';

const node = fc.stringMatching(/^[0-9a-z-]{1,36}$/);
const wall = fc.integer({ min: 0, max: 4_102_444_800_000 });
const clock = fc.record({
  wallMs: wall,
  counter: fc.integer({ min: 0, max: HLC_MAX_COUNTER }),
  node,
});

describe('HLC', () => {
  it('never goes backwards, whatever the wall clock does', () => {
    fc.assert(
      fc.property(node, fc.array(wall, { minLength: 1, maxLength: 50 }), (n, physical) => {
        let prev = hlcZero(n);
        for (const p of physical) {
          const next = hlcNow(prev, p);
          expect(compareHlc(next, prev)).toBe(1);
          expect(next.wallMs).toBeGreaterThanOrEqual(p);
          prev = next;
        }
      }),
    );
  });

  it('orders a received stamp after both the local and the remote one', () => {
    fc.assert(
      fc.property(clock, clock, wall, (local, remote, physical) => {
        const result = hlcReceive(local, remote, physical);
        if (!result.ok) throw new Error('no drift bound given');
        expect(compareHlc(result.clock, local)).toBe(1);
        expect(result.clock.wallMs > remote.wallMs || result.clock.counter > remote.counter).toBe(
          true,
        );
        expect(result.clock.node).toBe(local.node);
      }),
    );
  });

  it('refuses a remote stamp too far ahead instead of jumping forward', () => {
    const local: Hlc = { wallMs: 1_000, counter: 0, node: 'a' };
    const remote: Hlc = { wallMs: 1_000 + 11 * 60_000, counter: 0, node: 'b' };
    expect(hlcReceive(local, remote, 1_000, 10 * 60_000)).toEqual({
      ok: false,
      error: { code: 'clock-drift', aheadMs: 11 * 60_000 },
    });
  });

  it('encodes so that string order is clock order, and decodes back', () => {
    fc.assert(
      fc.property(clock, clock, (a, b) => {
        const ea = encodeHlc(a);
        const eb = encodeHlc(b);
        expect(Math.sign(ea < eb ? -1 : ea > eb ? 1 : 0)).toBe(Math.sign(compareHlc(a, b)));
        expect(decodeHlc(ea)).toEqual({ ok: true, clock: a });
      }),
    );
    expect(decodeHlc('garbage')).toEqual({ ok: false, error: { code: 'invalid-hlc' } });
  });

  it('carries a full counter into the next millisecond', () => {
    const full: Hlc = { wallMs: 5, counter: HLC_MAX_COUNTER, node: 'a' };
    expect(hlcNow(full, 0)).toEqual({ wallMs: 6, counter: 0, node: 'a' });
  });
});
