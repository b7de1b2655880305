import type { MemberIndex } from '../index/member-index';

/** Longest a slice of warming may hold the worker before requests are answered again. */
export const WARM_SLICE_MS = 4;

let warmingNow = 0;

/** How many indexes are being warmed in this worker now (the bench checks P6 ran warm). */
export function indexesWarming(): number {
  return warmingNow;
}

/**
 * Builds the index's one-letter prefix sets after the load, in slices of a few milliseconds
 * each in its own task, so a request that arrives meanwhile waits one slice at most (the
 * worker answers messages between tasks). Stops when every letter is built or when `current()`
 * says another index has replaced this one; resolves then.
 */
export function warmPrefixesInBackground(
  index: MemberIndex,
  current: () => boolean,
  sliceMs = WARM_SLICE_MS,
): Promise<void> {
  warmingNow++;
  const warmed = new Promise<void>((resolve) => {
    const slice = () => {
      if (!current()) return resolve();
      const end = performance.now() + sliceMs;
      if (index.warmPrefixes(() => performance.now() >= end)) setTimeout(slice, 0);
      else resolve();
    };
    setTimeout(slice, 0);
  });
  return warmed.finally(() => warmingNow--);
}
