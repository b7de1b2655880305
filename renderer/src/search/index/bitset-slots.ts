import type { Bitset } from './bitset';

/**
 * The members of `set` as a list of slots in increasing order, written into `buffer` (grown
 * when too small, so a caller can keep one across queries): walking a bitset's bits once and
 * then the list several times is cheaper than walking the bits once per pass.
 */
export function slotsOf(set: Bitset, buffer: Uint32Array): { slots: Uint32Array; count: number } {
  const words = set.words;
  let slots = buffer;
  let count = 0;
  for (let w = 0; w < words.length; w++) {
    let word = words[w]!;
    if (word === 0) continue;
    if (count + 32 > slots.length) {
      const grown = new Uint32Array(Math.max(slots.length * 2, count + 32, 1024));
      grown.set(slots.subarray(0, count));
      slots = grown;
    }
    while (word !== 0) {
      const low = word & -word;
      slots[count++] = (w << 5) + 31 - Math.clz32(low);
      word ^= low;
    }
  }
  return { slots, count };
}
