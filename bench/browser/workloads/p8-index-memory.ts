import {
  createMemberSearchClient,
  type MemberSearchClient,
} from '../../../renderer/src/search/member-search-client';
import { spawnSearchWorker } from '../../../renderer/src/search/spawn-search-worker';
import { definePageWorkload } from '../bench-api';
import { openOptions, whenReady } from '../lib/search-host';
import { searchOffice } from '../lib/search-office';

export interface MemoryParams {
  n: number;
  seed: number;
  /** `start`: the app's search worker, opened on the office of `n` and ready; `stop`: ends it. */
  action: 'start' | 'stop';
}

let running: MemberSearchClient | undefined;

/**
 * P8's page half: starts the app's search worker (spawnSearchWorker) on the office of `n`
 * people and waits for its index, so run.ts can read that worker's heap over DevTools.
 */
export default definePageWorkload<MemoryParams, { members: number }>({
  id: 'p8-index-memory',
  async run({ n, seed, action }) {
    running?.dispose();
    running = undefined;
    if (action === 'stop') return { members: 0 };
    const office = await searchOffice(n, seed);
    const port = spawnSearchWorker();
    if (!port) throw new Error('no Worker in this page');
    const client = createMemberSearchClient(port);
    running = client;
    const ready = whenReady(client, port);
    await Promise.race([client.open(openOptions(office)), ready]);
    await ready;
    const { total } = await client.search({ text: '', filters: {}, sort: 'relevance' });
    return { members: total };
  },
});
