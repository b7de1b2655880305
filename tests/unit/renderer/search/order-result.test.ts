import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bitset } from '../../../../renderer/src/search/index/bitset';
import { OrderedSlots } from '../../../../renderer/src/search/index/ordered-slots';
import { orderResult } from '../../../../renderer/src/search/index/order-result';

/** Members 0..n-1 with an update time each and, for some, a text score. */
const world = fc.integer({ min: 1, max: 300 }).chain((n) =>
  fc.record({
    updated: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }),
    scores: fc.array(fc.option(fc.constantFrom(0.5, 1, 1.5, 2, 7.25), { nil: undefined }), {
      minLength: n,
      maxLength: n,
    }),
    descending: fc.boolean(),
  }),
);

/** Relevance groups as matchText gives them: equal scores together, best first. */
function groupsByScore(found: Bitset, scores: Map<number, number>): Bitset[] {
  const groups = new Map<number, Bitset>();
  found.forEach((slot) => {
    const score = scores.get(slot)!;
    if (!groups.has(score)) groups.set(score, new Bitset());
    groups.get(score)!.add(slot);
  });
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([, group]) => group);
}

describe('orderResult by relevance', () => {
  it('puts the best score first, then the most recently updated, as a plain sort would', () => {
    fc.assert(
      fc.property(world, ({ updated, scores, descending }) => {
        const byUpdate = new OrderedSlots((a, b) => updated[a]! - updated[b]! || a - b);
        byUpdate.reset(
          updated.map((_, slot) => slot).sort((a, b) => updated[a]! - updated[b]! || a - b),
        );
        const matches = new Bitset();
        const scoreMap = new Map<number, number>();
        scores.forEach((score, slot) => {
          if (score === undefined) return;
          matches.add(slot);
          scoreMap.set(slot, score);
        });
        const sign = descending ? -1 : 1;
        const expected = [...scoreMap.keys()].sort(
          (a, b) =>
            sign * (scoreMap.get(b)! - scoreMap.get(a)!) || byUpdate.rankOf(b) - byUpdate.rankOf(a),
        );
        const got = orderResult(
          matches,
          'relevance',
          descending,
          (found) => groupsByScore(found, scoreMap),
          () => byUpdate,
        );
        expect(Array.from(got.slice(0, got.total))).toEqual(expected);
        // Read in windows, as the list scrolls: the same order.
        const windows = [];
        for (let from = 0; from < got.total; from += 7) windows.push(...got.slice(from, from + 7));
        expect(windows).toEqual(expected);
      }),
    );
  });
});
