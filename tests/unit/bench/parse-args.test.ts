import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BROWSER_N,
  DEFAULT_N,
  DEFAULT_REPS,
  parseArgs,
  QUICK_N,
} from '../../../bench/lib/parse-args';

describe('bench parseArgs', () => {
  it('defaults to the full N', () => {
    const { options, only } = parseArgs([]);
    expect(options.n).toBe(DEFAULT_N);
    expect(options.browserN).toBe(DEFAULT_BROWSER_N);
    expect(options.reps).toBe(DEFAULT_REPS);
    expect(only).toEqual([]);
  });

  it('reads --quick, --n, --browser-n and --only', () => {
    expect(parseArgs(['--quick']).options.n).toBe(QUICK_N);
    expect(parseArgs(['--quick']).options.browserN).toBe(QUICK_N);
    const args = parseArgs(['--n', '20_000', '--browser-n', '50000', '--only', 'P1, generate']);
    expect(args.options.n).toBe(20_000);
    expect(args.options.browserN).toBe(50_000);
    expect(args.only).toEqual(['p1', 'generate']);
  });

  it('rejects bad numbers and unknown flags', () => {
    expect(() => parseArgs(['--n', '0'])).toThrow();
    expect(() => parseArgs(['--n', 'many'])).toThrow();
    expect(() => parseArgs(['--fast'])).toThrow();
  });
});
