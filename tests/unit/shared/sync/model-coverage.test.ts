import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb, settle } from './model/scenario';

/**
 * The convergence properties are only as good as the scenarios behind them: this checks that
 * the generator really produces the hard cases (so a change to it cannot make them vacuous).
 */
describe('the multi-office scenarios', () => {
  it('exercise conflicts, resolutions, re-stamps, held ops, duplicates, erasures and purges', () => {
    const tally = {
      conflicts: 0,
      resolved: 0,
      restamped: 0,
      held: 0,
      duplicates: 0,
      erasedWritesRefused: 0,
      erased: 0,
      deleted: 0,
      purges: 0,
      history: 0,
    };
    for (const scenario of fc.sample(scenarioArb, { numRuns: 60, seed: 20_240_601 })) {
      const { registry } = settle(scenario);
      tally.conflicts += registry.conflicts.size;
      tally.resolved += [...registry.conflicts.values()].filter(
        (c) => c.resolution?.kind === 'chosen',
      ).length;
      tally.restamped += registry.applied.filter((a) => a.officeStamp !== null).length;
      tally.held += registry.answered.filter((o) => o === 'held').length;
      tally.duplicates += registry.answered.filter((o) => o === 'duplicate').length;
      tally.erasedWritesRefused += registry.applied.filter(
        (a) => a.result.outcome === 'rejected' && a.result.code === 'erased',
      ).length;
      tally.erased += [...registry.records.values()].filter((r) => r.erased).length;
      tally.deleted += [...registry.records.values()].filter((r) => r.deleted).length;
      tally.purges += registry.delivered.filter((kind) => kind === 'purge').length;
      tally.history += registry.history.length;
    }
    for (const [what, count] of Object.entries(tally))
      expect(count, what).toBeGreaterThanOrEqual(5);
  });
});
