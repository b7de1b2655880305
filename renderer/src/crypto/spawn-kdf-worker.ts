/** The parts of a Worker the KDF client uses (a fake in tests). */
export interface KdfWorker {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
}

/**
 * Starts the Argon2id worker (Vite bundles kdf.worker.ts as its own file, served from 'self' as
 * the CSP's worker-src allows). Null where there are no workers (Node tests) or one cannot start.
 */
export function spawnKdfWorker(): KdfWorker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}
