import { configureZod } from '../../configure-zod';

/**
 * The members search worker: holds the decrypted projection of every member in memory only,
 * answers the list, the duplicate check and matching. The page terminates it at lock and
 * logout, which drops everything. Schemas load only after zod is told not to probe eval (CSP).
 */
configureZod();
void import('./serve-requests').then(({ serveRequests }) =>
  serveRequests(self as unknown as Endpoint),
);

interface Endpoint {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}
