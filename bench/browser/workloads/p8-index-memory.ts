import { definePageWorkload } from '../bench-api';
import { searchHostFor } from '../lib/host-cache';
import { openSearchHost, type SearchHost } from '../lib/search-host';
import { searchOffice } from '../lib/search-office';

export interface MemoryParams {
  n: number;
  seed: number;
  /**
   * `kept`: the kept search worker (P6, P7, P16 query it) over the office of `n`, index ready;
   * `extra`: a second one of the same code beside it; `stop`: ends the extra one.
   */
  action: 'kept' | 'extra' | 'stop';
}

let extra: SearchHost | undefined;

/** P8's page half: puts a search worker in place for run.ts to read its heap over DevTools. */
export default definePageWorkload<MemoryParams, { members: number }>({
  id: 'p8-index-memory',
  async run({ n, seed, action }) {
    extra?.dispose();
    extra = undefined;
    if (action === 'stop') return { members: 0 };
    const host =
      action === 'kept'
        ? await searchHostFor(n, seed)
        : (extra = await openSearchHost(await searchOffice(n, seed)));
    const { total } = await host.client.search({ text: '', filters: {}, sort: 'relevance' });
    return { members: total };
  },
});
