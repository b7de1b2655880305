import type { FacetId, MemberQuery } from '../../../renderer/src/search/member-search-types';
import { definePageWorkload } from '../bench-api';
import { searchHostFor } from '../lib/host-cache';

export interface FacetParams {
  n: number;
  seed: number;
  /** Texts already typed when the two facet values are picked. */
  texts: string[];
  /** The two facets picked, in order (their most frequent value under the text). */
  facets: [FacetId, FacetId];
  rounds: number;
}

export interface FacetClick {
  text: string;
  /** How many facet values are selected (1 or 2). */
  selected: number;
  total: number;
  roundTripMs: number;
  workerMs: number;
}

/**
 * P7: with a text typed, the clerk picks the most frequent value of one facet, then of another;
 * each pick is a search whose answer carries every facet's counts for the new filter. Times each
 * pick in the app's search worker over the office of `n` people.
 */
export default definePageWorkload<FacetParams, FacetClick[]>({
  id: 'p7-facet-counts',
  async run({ n, seed, texts, facets, rounds }) {
    const host = await searchHostFor(n, seed);
    const clicks: FacetClick[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const text of texts) {
        let query: MemberQuery = { text, filters: {}, sort: 'relevance' };
        let result = await host.client.search(query);
        for (const [i, facet] of facets.entries()) {
          const top = result.facets[facet][0];
          if (!top) break;
          query = { ...query, filters: { ...query.filters, [facet]: [top.value] } };
          const timed = await host.timed(() => host.client.search(query));
          result = timed.value;
          clicks.push({
            text,
            selected: i + 1,
            total: result.total,
            roundTripMs: timed.roundTripMs,
            workerMs: timed.workerMs,
          });
        }
      }
    }
    return clicks;
  },
});
