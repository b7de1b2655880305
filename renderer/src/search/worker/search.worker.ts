import { configureZod } from '../../configure-zod';

/**
 * The members search worker: holds the decrypted projection of every member in memory only,
 * answers the list, the duplicate check and matching. The page terminates it at lock and
 * logout, which drops everything. Schemas load only after zod is told not to probe eval (CSP).
 * The page posts `open` as soon as it starts the worker, before the request loop has loaded:
 * messages arriving meanwhile are kept and answered once it has (a dropped `open` would leave
 * the list waiting for ever).
 */
configureZod();
const scope = self as unknown as Endpoint;
const early: MessageEvent[] = [];
scope.onmessage = (event) => early.push(event);
void import('./serve-requests').then(({ serveRequests }) => {
  serveRequests(scope);
  for (const event of early.splice(0)) scope.onmessage?.(event);
});

interface Endpoint {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}
