/**
 * Jaro-Winkler similarity of two strings in [0, 1] (1 = equal), with the usual prefix scale 0.1
 * over at most 4 leading characters. Symmetric.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const jaro = jaroSimilarity(a, b);
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function jaroSimilarity(a: string, b: string): number {
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedB = new Array<boolean>(b.length).fill(false);
  const matchesA: string[] = [];
  for (let i = 0; i < a.length; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j += 1) {
      if (!matchedB[j] && a[i] === b[j]) {
        matchedB[j] = true;
        matchesA.push(a[i] ?? '');
        break;
      }
    }
  }
  const matches = matchesA.length;
  if (matches === 0) return 0;
  const matchesB = [...b].filter((_, j) => matchedB[j]);
  const transpositions = matchesA.filter((char, k) => char !== matchesB[k]).length / 2;
  return (matches / a.length + matches / b.length + (matches - transpositions) / matches) / 3;
}
