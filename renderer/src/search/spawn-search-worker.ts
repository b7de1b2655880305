import type { SearchPort } from './member-search-client';

/**
 * Starts the members search worker (Vite bundles it as its own file, served from 'self' as the
 * CSP's worker-src allows). Null where there are no workers or one cannot start.
 */
export function spawnSearchWorker(): SearchPort | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./worker/search.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}
