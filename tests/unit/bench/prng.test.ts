import { describe, expect, it } from 'vitest';
import { createRng } from '../../../bench/lib/prng';

const draw = (seed: number, stream: number) => {
  const rng = createRng(seed, stream);
  return Array.from({ length: 20 }, () => rng.next());
};

describe('createRng', () => {
  it('repeats for the same seed and stream', () => {
    expect(draw(1, 0)).toEqual(draw(1, 0));
  });

  it('differs across seeds and streams', () => {
    expect(draw(1, 0)).not.toEqual(draw(2, 0));
    expect(draw(1, 0)).not.toEqual(draw(1, 1));
  });

  it('stays within bounds', () => {
    const rng = createRng(5);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const k = rng.int(3, 7);
      expect(k >= 3 && k <= 7 && Number.isInteger(k)).toBe(true);
    }
  });

  it('samples distinct items and weights picks', () => {
    const rng = createRng(9);
    const s = rng.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(s).size).toBe(3);
    let heavy = 0;
    for (let i = 0; i < 2000; i++)
      if (
        rng.weighted([
          ['a', 9],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++;
    expect(heavy).toBeGreaterThan(1600);
  });
});
