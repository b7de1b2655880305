import { z } from 'zod';
import type { IndexProgress } from '../member-search-types';
import type { SearchErrorCode, WorkerMessage } from './reply-schemas';
import { handlers, type RequestKind } from './handlers';
import { NotOpen, type RequestHandler } from './request-handler';
import type { WorkerState } from './worker-state';

export interface Endpoint {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const Envelope = z.object({
  callId: z.number(),
  kind: z.enum(Object.keys(handlers) as [RequestKind, ...RequestKind[]]),
  input: z.unknown(),
});

/**
 * Answers requests on `endpoint` (the worker's global scope, or one side of a channel in
 * tests): each is checked against its handler's schema, answered as data, never thrown.
 * Handlers run as messages arrive; synchronous ones (search, rows) are atomic, so a window
 * always comes from the search before it.
 */
export function serveRequests(endpoint: Endpoint): WorkerState {
  const state: WorkerState = {
    open: null,
    progress: { phase: 'idle', done: 0, total: 0 },
    report(progress: IndexProgress) {
      state.progress = progress;
      endpoint.postMessage({ type: 'progress', progress });
    },
  };
  endpoint.onmessage = (event: MessageEvent) => void answer(state, endpoint, event.data);
  return state;
}

async function answer(state: WorkerState, endpoint: Endpoint, data: unknown): Promise<void> {
  const envelope = Envelope.safeParse(data);
  if (!envelope.success) return;
  const { callId, kind, input } = envelope.data;
  const fail = (error: SearchErrorCode) =>
    endpoint.postMessage({ type: 'reply', callId, ok: false, error });
  const handler = handlers[kind] as RequestHandler;
  const parsed = handler.input.safeParse(input);
  if (!parsed.success) return fail('invalid-request');
  try {
    const value: unknown = await handler.handle(state, parsed.data);
    endpoint.postMessage({ type: 'reply', callId, ok: true, value });
  } catch (error) {
    console.warn('search worker: request failed', kind, (error as Error).name);
    fail(error instanceof NotOpen ? 'not-open' : 'failed');
  }
}
