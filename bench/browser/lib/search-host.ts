import {
  createMemberSearchClient,
  type MemberSearchClient,
  type SearchPort,
} from '../../../renderer/src/search/member-search-client';
import type { IndexProgress } from '../../../renderer/src/search/member-search-types';
import type { SearchOffice } from './search-office';

/** A members search worker opened on a bench office, with the worker-side time of each call. */
export interface SearchHost {
  readonly client: MemberSearchClient;
  /** Times one call: round trip page -> worker -> reply, and the worker's own time. */
  timed<T>(call: () => Promise<T>): Promise<Timed<T>>;
  dispose(): void;
}

export interface Timed<T> {
  readonly value: T;
  readonly roundTripMs: number;
  readonly workerMs: number;
  /** Whether the worker was still warming one-letter prefixes when it answered. */
  readonly warming: boolean;
}

/** Rejects when the worker fails to start or throws outside a request (an `error` event). */
export function workerFailure(port: SearchPort): Promise<never> {
  return new Promise((_, reject) => {
    (port as Worker).addEventListener('error', (event) =>
      reject(new Error(`search worker error: ${event.message || 'failed to load'}`)),
    );
  });
}

/** Resolves at `ready`, rejects at `failed` or when the worker fails. */
export function whenReady(client: MemberSearchClient, port?: SearchPort): Promise<void> {
  const ready = new Promise<void>((resolve, reject) => {
    const settle = (p: IndexProgress) => {
      if (p.phase === 'ready') resolve();
      if (p.phase === 'failed') reject(new Error('search index failed to load'));
    };
    const stop = client.onProgress((p) => {
      settle(p);
      if (p.phase === 'ready' || p.phase === 'failed') stop();
    });
    settle(client.progress());
  });
  return port ? Promise.race([ready, workerFailure(port)]) : ready;
}

export function openOptions(office: SearchOffice) {
  const { store } = office.office;
  return {
    dbName: store.db.name,
    dataKey: store.keyring.dataKey(),
    highRisk: true,
    locale: 'fr' as const,
  };
}

/**
 * Starts bench/browser/lib/search-host.worker.ts (the app's search worker plus timings), opens
 * it on `office` and waits until its index is ready.
 */
export async function openSearchHost(office: SearchOffice): Promise<SearchHost> {
  const worker = new Worker(new URL('./search-host.worker.ts', import.meta.url), {
    type: 'module',
  });
  const workerMs = new Map<number, number>();
  let lastCallId = 0;
  let warming = false;
  let clientHandler: ((event: MessageEvent) => void) | null = null;
  worker.onmessage = (event: MessageEvent) => {
    const m = event.data as { type?: string; callId?: number; ms?: number; warming?: number };
    if (m.type === 'bench-timing' && m.callId !== undefined && m.ms !== undefined) {
      workerMs.set(m.callId, m.ms);
      warming = (m.warming ?? 0) > 0;
      lastCallId = Math.max(lastCallId, m.callId);
      return;
    }
    clientHandler?.(event);
  };
  const port: SearchPort = {
    get onmessage() {
      return clientHandler;
    },
    set onmessage(handler) {
      clientHandler = handler;
    },
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
  const client = createMemberSearchClient(port);
  const ready = whenReady(client, worker);
  await Promise.race([client.open(openOptions(office)), ready]);
  await ready;
  return {
    client,
    async timed(call) {
      const from = lastCallId;
      const start = performance.now();
      const value = await call();
      const roundTripMs = performance.now() - start;
      let ms = 0;
      for (const [id, t] of workerMs) if (id > from) ms += t;
      workerMs.clear();
      return { value, roundTripMs, workerMs: ms, warming };
    },
    dispose: () => client.dispose(),
  };
}
