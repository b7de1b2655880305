import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bitset } from '../../../../renderer/src/search/index/bitset';
import { FacetPostings } from '../../../../renderer/src/search/index/facet-postings';
import { facetIds, type FacetId } from '../../../../renderer/src/search/member-search-types';

type Values = Record<FacetId, string[]>;
const value: fc.Arbitrary<string> = fc.constantFrom('a', 'b', 'c', 'd');
const member = fc.record(
  Object.fromEntries(
    facetIds.map((f) => [f, fc.uniqueArray(value, { maxLength: f === 'residence' ? 1 : 3 })]),
  ) as Record<FacetId, fc.Arbitrary<string[]>>,
);
const filters = fc.record(
  { residence: fc.uniqueArray(value, { maxLength: 2 }), language: fc.uniqueArray(value) },
  { requiredKeys: [] },
);

const someone = Object.fromEntries(facetIds.map((f) => [f, ['a']])) as Values;

describe('facet counts', () => {
  it('count, per value, the matching members that the other facets let through', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(member, { nil: null }), { maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        filters,
        fc.boolean(),
        (members, inText, selected, everyoneTyped) => {
          const postings = new FacetPostings();
          const base = new Bitset();
          const alive = new Bitset();
          members.forEach((m, slot) => {
            // Add every member, then remove the null ones: removal must leave no trace.
            postings.add(slot, m ?? someone);
            if (m === null) postings.remove(slot);
            else alive.add(slot);
            if (m !== null && (everyoneTyped || inText[slot])) base.add(slot);
          });
          const result = postings.counts(base, selected, alive);
          for (const facet of facetIds) {
            const passes = (m: Values) =>
              Object.entries(selected).every(
                ([other, chosen]) =>
                  other === facet ||
                  chosen.length === 0 ||
                  m[other as FacetId].some((v) => chosen.includes(v)),
              );
            const counts = new Map<string, number>();
            members.forEach((m, slot) => {
              if (m === null || !base.has(slot) || !passes(m)) return;
              for (const v of m[facet]) counts.set(v, (counts.get(v) ?? 0) + 1);
            });
            const got = new Map(result[facet].map((c) => [c.value, c.count]));
            for (const [v, count] of counts) expect(got.get(v)).toBe(count);
            for (const [v, count] of got) {
              if (count > 0) expect(counts.get(v)).toBe(count);
              else expect(selected[facet as 'residence']).toContain(v);
            }
          }
        },
      ),
    );
  });

  it('count a member by its latest values after they change between none, one and several', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(member, member, fc.boolean()), { minLength: 1, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (members, inText) => {
          const postings = new FacetPostings();
          const base = new Bitset();
          const alive = new Bitset();
          members.forEach(([earlier, latest, twice], slot) => {
            postings.add(slot, earlier);
            postings.add(slot, latest);
            if (twice) postings.add(slot, latest);
            alive.add(slot);
            if (inText[slot]) base.add(slot);
          });
          const result = postings.counts(base, {}, alive);
          for (const facet of facetIds) {
            const expected = new Map<string, number>();
            members.forEach(([, latest], slot) => {
              if (!base.has(slot)) return;
              for (const v of latest[facet]) expected.set(v, (expected.get(v) ?? 0) + 1);
            });
            const got = new Map(result[facet].map((c) => [c.value, c.count]));
            expect(got).toEqual(expected);
          }
        },
      ),
    );
  });

  it('counts a facet with more distinct values than a byte or two can number', () => {
    for (const distinct of [300, 70_000]) {
      const postings = new FacetPostings();
      const base = new Bitset();
      const alive = new Bitset();
      const none = Object.fromEntries(facetIds.map((f) => [f, [] as string[]])) as Values;
      for (let slot = 0; slot < distinct; slot++) {
        // Each member in its own association; every third also in the first one.
        const association = slot % 3 === 0 && slot > 0 ? [`x${slot}`, 'x0'] : [`x${slot}`];
        postings.add(slot, { ...none, association });
        alive.add(slot);
        if (slot % 2 === 0) base.add(slot);
      }
      const counts = new Map(
        postings.counts(base, {}, alive).association.map((c) => [c.value, c.count]),
      );
      const last = distinct - (distinct % 2 === 0 ? 2 : 1);
      expect(counts.get(`x${last}`)).toBe(1);
      expect(counts.get(`x${distinct - 1}`)).toBeUndefined();
      expect(counts.get('x0')).toBe(1 + Math.floor((distinct - 1) / 6));
      expect(counts.size).toBe(distinct / 2);
    }
  });
});
