// Two rows reused across calls (the dictionary scan calls this for thousands of terms).
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);

/**
 * Levenshtein distance between `a` and `b` (UTF-16 units) if it is at most `max`, else
 * `max + 1`. Only the band of width 2·max+1 around the diagonal is computed, and the scan stops
 * as soon as a whole row exceeds `max`: cheap enough to test every term of a dictionary.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  const over = max + 1;
  if (rowA.length <= m) {
    rowA = new Int32Array(m * 2 + 2);
    rowB = new Int32Array(m * 2 + 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current.fill(over, 0, m + 1);
    current[0] = i <= max ? i : over;
    let best = current[0]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
      current[j] = value > over ? over : value;
      if (value < best) best = value;
    }
    if (best > max) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[m]!, over);
}
