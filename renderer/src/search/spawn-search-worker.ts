import type { SearchPort } from './member-search-client';

/** A worker started ahead of unlock: its code loaded, never given a key, taken by the next spawn. */
let spare: Worker | null = null;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./worker/search.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * Starts the members search worker (Vite bundles it as its own file, served from 'self' as the
 * CSP's worker-src allows), or hands over the one {@link prepareSearchWorker} started. Null
 * where there are no workers or one cannot start.
 */
export function spawnSearchWorker(): SearchPort | null {
  const ready = spare;
  spare = null;
  return ready ?? startWorker();
}

/**
 * Starts a search worker while the unlock screen shows, so its code has loaded by the time the
 * passphrase is checked and the list asks for members (P5). It holds nothing: the session's key
 * reaches it only with `open`, after unlock. At most one is kept; calling again does nothing.
 */
export function prepareSearchWorker(): void {
  spare ??= startWorker();
}
