import { parseArgs as parseNodeArgs } from 'node:util';
import type { BenchOptions } from './bench-types';
import { DEFAULT_SEED } from './generate-people';

export const QUICK_N = 5_000;
export const DEFAULT_N = 200_000;
/**
 * Chromium rows default to at most 50,000 records: at 200,000 the IndexedDB anchors alone take
 * 15-20 minutes on a shared 2-core machine. `--browser-n 200000` for the full size.
 */
export const DEFAULT_BROWSER_N = 50_000;
export const DEFAULT_REPS = 3;

export interface CliArgs {
  options: BenchOptions;
  /** Workload ids to run (lower-case); empty means all. */
  only: string[];
  list: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]
  --quick           small run (N=${QUICK_N.toLocaleString('en-US')}) to check the harness
  --n <N>           records per workload (default ${DEFAULT_N.toLocaleString('en-US')})
  --browser-n <N>   records for workloads in Chromium (default: min(N, ${DEFAULT_BROWSER_N.toLocaleString('en-US')}))
  --reps <k>        repetitions, alternating baseline/candidate order (default ${DEFAULT_REPS})
  --seed <s>        generator seed (default ${DEFAULT_SEED})
  --only <ids>      comma-separated workload ids (see --list)
  --list            list workloads and exit`;

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive integer`);
  return value;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const { values } = parseNodeArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      n: { type: 'string' },
      'browser-n': { type: 'string' },
      reps: { type: 'string' },
      seed: { type: 'string' },
      only: { type: 'string' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const n = positiveInt('n', values.n, values.quick ? QUICK_N : DEFAULT_N);
  return {
    options: {
      n,
      browserN: positiveInt('browser-n', values['browser-n'], Math.min(n, DEFAULT_BROWSER_N)),
      reps: positiveInt('reps', values.reps, DEFAULT_REPS),
      seed: positiveInt('seed', values.seed, DEFAULT_SEED),
      quick: values.quick,
    },
    only: (values.only ?? '')
      .split(',')
      .map((id) => id.trim().toLowerCase())
      .filter((id) => id.length > 0),
    list: values.list,
    help: values.help,
  };
}
