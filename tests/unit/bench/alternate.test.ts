import { describe, expect, it } from 'vitest';
import { alternate } from '../../../bench/lib/alternate';

describe('alternate', () => {
  it('alternates which side runs first and pairs the durations', async () => {
    const calls: string[] = [];
    const result = await alternate(
      4,
      async (rep) => {
        calls.push(`b${rep}`);
        return 10;
      },
      async (rep) => {
        calls.push(`c${rep}`);
        return [20, 30, 40, 50][rep] as number;
      },
    );
    expect(calls).toEqual(['b0', 'c0', 'c1', 'b1', 'b2', 'c2', 'c3', 'b3']);
    expect(result.firsts).toEqual(['baseline', 'candidate', 'baseline', 'candidate']);
    expect(result.ratios).toEqual([2, 3, 4, 5]);
    expect(result.medianRatio).toBe(3.5);
    expect(result.medianBaseline).toBe(10);
  });

  it('refuses zero repetitions', async () => {
    await expect(
      alternate(
        0,
        async () => 1,
        async () => 1,
      ),
    ).rejects.toThrow();
  });
});
