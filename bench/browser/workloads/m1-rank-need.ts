import { needsLike } from '../../lib/bench-needs';
import { generatePeople } from '../../lib/generate-people';
import { definePageWorkload } from '../bench-api';
import { searchHostFor } from '../lib/host-cache';

export interface RankParams {
  n: number;
  seed: number;
  needs: number;
  rounds: number;
  limit: number;
}

export interface RankTiming {
  roundTripMs: number;
  workerMs: number;
  eligible: number;
}

/**
 * M1 where the app runs it: needs shaped after stored members' careers, each ranked by the
 * app's search worker (rankForNeed: every member's match profile, top `limit` with reasons,
 * the reply checked by the page) over the office of `n` people.
 */
export default definePageWorkload<RankParams, RankTiming[]>({
  id: 'm1-rank-need',
  async run({ n, seed, needs: count, rounds, limit }) {
    const host = await searchHostFor(n, seed);
    const needs = needsLike(generatePeople(Math.min(n, 200), seed), count);
    const timings: RankTiming[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const need of needs) {
        const timed = await host.timed(() => host.client.rankForNeed(need, limit));
        const { roundTripMs, workerMs } = timed;
        timings.push({ roundTripMs, workerMs, eligible: timed.value.eligible });
      }
    }
    return timings;
  },
});
