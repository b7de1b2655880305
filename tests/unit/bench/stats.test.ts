import { describe, expect, it } from 'vitest';
import { median, percentile, perSecond } from '../../../bench/lib/stats';

describe('stats', () => {
  it('takes medians of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 100)).toBe(100);
  });

  it('turns a count and milliseconds into a rate', () => {
    expect(perSecond(5000, 2000)).toBe(2500);
  });
});
