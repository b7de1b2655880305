import { createMemberSearchClient } from '../../../../renderer/src/search/member-search-client';
import type { IndexProgress } from '../../../../renderer/src/search/member-search-types';
import { serveRequests } from '../../../../renderer/src/search/worker/serve-requests';
import type { OpenIndex, WorkerState } from '../../../../renderer/src/search/worker/worker-state';
import { refreshSnapshot } from '../../../../renderer/src/search/snapshot/schedule-snapshot';
import type { OfficeStore } from '../../../../renderer/src/store/session';

/** The worker's request loop and the page's client joined in one process, cloning messages. */
export function connect() {
  const toWorker = { onmessage: null as ((e: MessageEvent) => void) | null };
  const toPage = { onmessage: null as ((e: MessageEvent) => void) | null };
  let terminated = false;
  const deliver = (target: typeof toWorker, data: unknown) =>
    setTimeout(
      () => !terminated && target.onmessage?.({ data: structuredClone(data) } as MessageEvent),
    );
  const state = serveRequests({
    set onmessage(h) {
      toWorker.onmessage = h;
    },
    get onmessage() {
      return toWorker.onmessage;
    },
    postMessage: (m) => deliver(toPage, m),
  });
  const client = createMemberSearchClient({
    get onmessage() {
      return toPage.onmessage;
    },
    set onmessage(h) {
      toPage.onmessage = h;
    },
    postMessage: (m) => deliver(toWorker, m),
    terminate: () => {
      terminated = true;
      if (state.open) clearTimeout(state.open.snapshotTimer);
      state.open = null;
    },
  });
  return { client, state };
}

export interface OpenedWorker {
  readonly client: ReturnType<typeof createMemberSearchClient>;
  readonly state: WorkerState;
  readonly open: OpenIndex;
  /** Every progress report, in order (phases and counts). */
  readonly progress: IndexProgress[];
  /** Seals the index as the snapshot now (what the worker schedules after loads and changes). */
  snapshot(): Promise<void>;
}

/** Starts a search worker over the office, as at unlock, and waits for its index to be ready. */
export async function unlockWorker(store: OfficeStore, highRisk: boolean): Promise<OpenedWorker> {
  const { client, state } = connect();
  const progress: IndexProgress[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    client.onProgress((p) => {
      progress.push(p);
      if (p.phase === 'ready') resolve();
      if (p.phase === 'failed') reject(new Error('index failed'));
    });
  });
  await client.open({
    dbName: store.db.name,
    dataKey: store.keyring.dataKey(),
    highRisk,
    locale: 'fr',
  });
  await ready;
  const open = state.open!;
  clearTimeout(open.snapshotTimer);
  return {
    client,
    state,
    open,
    progress,
    snapshot: () => refreshSnapshot(state, open),
  };
}

/** The members as the list shows them, by name order: id, name, draft flag. */
export async function listed(worker: Pick<OpenedWorker, 'client'>) {
  const { total } = await worker.client.search({ text: '', filters: {}, sort: 'name' });
  const rows = await worker.client.rows(0, total);
  return rows.map((r) => ({ id: r.id, name: r.name, draft: r.draft }));
}
