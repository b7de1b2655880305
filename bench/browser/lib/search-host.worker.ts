import { configureZod } from '../../../renderer/src/configure-zod';
import { indexesWarming } from '../../../renderer/src/search/worker/warm-prefixes';

/**
 * The members search worker as the app runs it (renderer/src/search/worker/search.worker.ts:
 * zod configured, then serveRequests), with one addition for the bench: before each reply it
 * posts how long the worker spent on that request, from the message's arrival to its reply,
 * and whether one-letter prefixes were still being warmed then.
 * The app's client ignores the extra message (it is not in its reply schema).
 */
configureZod();

interface Scope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as Scope;
const arrived = new Map<number, number>();

const endpoint: Scope = {
  onmessage: null,
  postMessage(message) {
    const m = message as { type?: string; callId?: number };
    if (m.type === 'reply' && m.callId !== undefined) {
      const start = arrived.get(m.callId);
      arrived.delete(m.callId);
      if (start !== undefined) {
        scope.postMessage({
          type: 'bench-timing',
          callId: m.callId,
          ms: performance.now() - start,
          warming: indexesWarming(),
        });
      }
    }
    scope.postMessage(message);
  },
};

// Kept until the request loop has loaded, then answered in order (as search.worker.ts does).
const early: MessageEvent[] = [];

scope.onmessage = (event: MessageEvent) => {
  const callId = (event.data as { callId?: unknown } | null)?.callId;
  if (typeof callId === 'number') arrived.set(callId, performance.now());
  if (endpoint.onmessage) endpoint.onmessage(event);
  else early.push(event);
};

void import('../../../renderer/src/search/worker/serve-requests').then(({ serveRequests }) => {
  serveRequests(endpoint);
  for (const event of early.splice(0)) endpoint.onmessage?.(event);
});
