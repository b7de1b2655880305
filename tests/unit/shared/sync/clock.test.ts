import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockReport } from '../../../../shared/sync/clock/clock-report';
import { DRIFT_BOUND_MS, stampIncoming } from '../../../../shared/sync/clock/stamp-incoming';
import type { Hlc } from '../../../../shared/sync/hlc';
import { decodeHlc, encodeHlc, hlcZero } from '../../../../shared/sync/hlc';

const DAY = 86_400_000;
const NOW = 1_750_000_000_000;
const registry: Hlc = { wallMs: NOW, counter: 0, node: 'registry' };

describe('stampIncoming (registry side of the HLC)', () => {
  it('keeps an office stamp within the bound, ahead or behind', () => {
    for (const offset of [-3 * DAY, -1, 0, DRIFT_BOUND_MS]) {
      const hlc = encodeHlc({ wallMs: NOW + offset, counter: 3, node: 'office' });
      const result = stampIncoming(registry, hlc, NOW);
      expect(result).toMatchObject({ stamp: hlc, officeStamp: null, aheadMs: offset });
    }
  });

  it('re-stamps an office days ahead with the registry’s clock, keeping its own as provenance', () => {
    const hlc = encodeHlc({ wallMs: NOW + 2 * DAY, counter: 0, node: 'office' });
    const result = stampIncoming(registry, hlc, NOW + 5);
    expect(result.officeStamp).toBe(hlc);
    expect(result.aheadMs).toBe(2 * DAY - 5);
    expect(result.stamp).toBe(encodeHlc(result.clock));
    expect(result.clock.wallMs).toBe(NOW + 5);
  });

  it('never moves the registry clock because of a client, and never backwards', () => {
    const stamp = fc.record({
      wallMs: fc.integer({ min: 0, max: 4_102_444_800_000 }),
      counter: fc.nat(0xffff),
      node: fc.constantFrom('a', 'b'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(stamp, fc.integer({ min: -DAY, max: DAY })), { maxLength: 40 }),
        (steps) => {
          let clock = hlcZero('registry');
          let physical = NOW;
          let maxPhysical = physical;
          for (const [office, jump] of steps) {
            physical += jump; // the registry's own clock may be reset too
            maxPhysical = Math.max(maxPhysical, physical);
            const result = stampIncoming(clock, encodeHlc(office), physical);
            expect(encodeHlc(result.clock) > encodeHlc(clock)).toBe(true);
            expect(result.clock.wallMs).toBeLessThanOrEqual(maxPhysical + 1);
            const used = decodeHlc(result.stamp);
            if (!used.ok) throw new Error('bad stamp');
            expect(used.clock.wallMs).toBeLessThanOrEqual(
              Math.max(result.clock.wallMs + DRIFT_BOUND_MS, result.clock.wallMs),
            );
            clock = result.clock;
          }
        },
      ),
    );
  });
});

describe('clockReport', () => {
  it('always gives the offset, and a drift report beyond the bound either way or after a re-stamp', () => {
    expect(clockReport(NOW + 1_000, NOW, 0)).toEqual({ clockOffsetMs: 1_000 });
    expect(clockReport(NOW - 3 * DAY, NOW, 0).drift).toEqual({
      code: 'clock-drift',
      offsetMs: -3 * DAY,
      boundMs: DRIFT_BOUND_MS,
      restampedOps: 0,
    });
    expect(clockReport(NOW, NOW, 2).drift?.restampedOps).toBe(2);
  });
});
