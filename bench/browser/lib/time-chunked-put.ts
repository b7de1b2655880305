export interface ChunkedPutFigures {
  records: number;
  chunks: number;
  /** Wall time from the first put to the last commit. */
  ms: number;
  /** Slowest single chunk (a proxy for how long one put can block its thread). */
  longestChunkMs: number;
}

/**
 * Writes `items` in chunks of `chunkSize`, awaiting each `put` (which should resolve when its
 * transaction has committed), and times the whole. P1 reuses this with the encrypted store's
 * import function as `put` and the plaintext one as the baseline.
 */
export async function timeChunkedPut<T>(
  items: readonly T[],
  chunkSize: number,
  put: (chunk: T[]) => Promise<unknown>,
): Promise<ChunkedPutFigures> {
  let longestChunkMs = 0;
  let chunks = 0;
  const start = performance.now();
  for (let i = 0; i < items.length; i += chunkSize) {
    const t0 = performance.now();
    await put(items.slice(i, i + chunkSize));
    longestChunkMs = Math.max(longestChunkMs, performance.now() - t0);
    chunks++;
  }
  return { records: items.length, chunks, ms: performance.now() - start, longestChunkMs };
}
