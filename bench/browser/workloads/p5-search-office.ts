import { definePageWorkload } from '../bench-api';
import { closeSearchHost, searchHostFor } from '../lib/host-cache';
import { dropSearchOffice, searchOffice } from '../lib/search-office';

export interface SearchOfficeParams {
  n: number;
  seed: number;
  /** `fill` (default): make sure the office exists; `host`: also open the kept search worker. */
  action?: 'fill' | 'host' | 'drop';
}

export interface SearchOfficeFigures {
  records: number;
  fillMs: number;
  /** Members the kept search worker holds (action `host`). */
  members?: number;
}

/**
 * The encrypted office the search rows read (P5-P8, P16): filled once per page with `n`
 * generated people and their consents; `host` also opens the search worker P6, P7 and P16 query.
 */
export default definePageWorkload<SearchOfficeParams, SearchOfficeFigures>({
  id: 'search-office',
  async run({ n, seed, action = 'fill' }) {
    if (action === 'drop') {
      closeSearchHost();
      await dropSearchOffice(n, seed);
      return { records: 0, fillMs: 0 };
    }
    const office = await searchOffice(n, seed);
    const figures = { records: office.records, fillMs: office.fillMs };
    if (action === 'fill') return figures;
    const host = await searchHostFor(n, seed);
    const { total } = await host.client.search({ text: '', filters: {}, sort: 'relevance' });
    return { ...figures, members: total };
  },
});
