import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectConverged,
  expectErasureFinal,
  expectNoBlindOverwrite,
  expectNothingLost,
  registrySnapshot,
} from './model/invariants';
import { scenarioArb, settle } from './model/scenario';

const runs = { numRuns: Number(process.env['SYNC_PROPERTY_RUNS'] ?? 150) };

describe('sync core, registry + 3 offices (any interleaving, duplication, order, clock skew)', () => {
  it('converges: every office ends with the registry’s records in its scope', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => expectConverged(settle(s))),
      runs,
    );
  });

  it('loses no value silently: each is in the record, an open conflict, or history', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => expectNothingLost(settle(s))),
      runs,
    );
  });

  it('never overwrites a human field, drops a set element or deletes over edits unseen', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => expectNoBlindOverwrite(settle(s))),
      runs,
    );
  });

  it('is idempotent: every op sent again changes nothing and gets its stored outcome', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat()), (s, order) => {
        const world = settle(s);
        const before = registrySnapshot(world);
        world.offices.forEach((office, i) => {
          const ops = [...office.made];
          const shuffled =
            order.length === 0
              ? ops
              : ops.map((_, k) => ops[(k + (order[k % order.length] ?? 0)) % ops.length]!);
          for (let start = 0; start < shuffled.length; start += 100) {
            const response = world.replay(i, shuffled.slice(start, start + 100));
            expect(response.results.every((r) => r.outcome === 'duplicate')).toBe(true);
          }
        });
        expect(registrySnapshot(world)).toBe(before);
      }),
      runs,
    );
  });

  it('never resurrects an erased record', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => expectErasureFinal(settle(s))),
      runs,
    );
  });
});
