/**
 * Memoises a pure function of a string, for texts that repeat a great deal among members (skill
 * tags: a few hundred distinct among 200,000 people), so loading the index works each distinct
 * text out once. The cache is dropped whole when it reaches `limit` entries (bounded memory).
 */
export function memoByText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      if (cache.size >= limit) cache = new Map();
      cache.set(text, value);
    }
    return value;
  };
}
