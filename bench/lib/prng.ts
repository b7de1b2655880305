/**
 * Small seeded PRNG (sfc32, seeded through splitmix32) so generated data is reproducible.
 * Never use Math.random in the bench: figures must compare across runs and machines.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks from [item, weight] pairs; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `count` distinct items (or all of them if fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A string of `count` decimal digits. */
  digits(count: number): string;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** An independent stream per (seed, stream): record i of a data set uses stream i. */
export function createRng(seed: number, stream = 0): Rng {
  const mix = splitmix32((seed ^ Math.imul(stream + 1, 0x27d4eb2d)) >>> 0);
  const raw = sfc32(mix(), mix(), mix(), mix());
  for (let i = 0; i < 8; i++) raw();
  const rng: Rng = {
    next: raw,
    int: (min, max) => min + Math.floor(raw() * (max - min + 1)),
    chance: (p) => raw() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(raw() * items.length)] as (typeof items)[number];
    },
    weighted: (entries) => {
      let total = 0;
      for (const [, w] of entries) total += w;
      let r = raw() * total;
      for (const [item, w] of entries) {
        r -= w;
        if (r < 0) return item;
      }
      return rng.pick(entries)[0];
    },
    sample: (items, count) => {
      const pool = items.slice();
      const out: (typeof items)[number][] = [];
      while (out.length < count && pool.length > 0) {
        out.push(pool.splice(Math.floor(raw() * pool.length), 1)[0] as (typeof items)[number]);
      }
      return out;
    },
    digits: (count) => {
      let s = '';
      for (let i = 0; i < count; i++) s += Math.floor(raw() * 10);
      return s;
    },
  };
  return rng;
}
