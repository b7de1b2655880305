import type { CDPSession } from '@playwright/test';

/** One line of the results table and of bench/results/latest.json. */
export interface ResultRow {
  /** PERFORMANCE.md id (P1...P16) or the workload id for anchors and supporting figures. */
  id: string;
  metric: string;
  value: number | null;
  unit: string;
  /** Same metric for the baseline run in the same process, when there is one. */
  baseline: number | null;
  /** Candidate time / baseline time: median over alternating pairs (lower is faster). */
  ratio: number | null;
  /** Target or anchor text from PERFORMANCE.md. */
  target: string | null;
  /** Whether the value meets the target; null when the row is informative only. */
  pass: boolean | null;
  note?: string;
}

export interface BenchOptions {
  /** Records for Node-side workloads. */
  n: number;
  /** Records for workloads that run in Chromium (defaults to min(n, 50,000)). */
  browserN: number;
  /** Repetitions (pairs, for baseline/candidate workloads). */
  reps: number;
  seed: number;
  quick: boolean;
}

/** The bench page in headless Chromium; workloads there run with real IndexedDB. */
export interface BenchPage {
  /** Calls window.__bench.run(id, params) in the page and returns its figures. */
  run<T>(id: string, params: Record<string, unknown>): Promise<T>;
  /** The same, in the bench page's module worker (off the UI thread). */
  runInWorker<T>(id: string, params: Record<string, unknown>): Promise<T>;
  /** A DevTools protocol session on the bench page (P8 reads workers' heaps through it). */
  cdp(): Promise<CDPSession>;
  chromiumVersion: string;
}

export interface BenchContext {
  options: BenchOptions;
  /** The shared bench page, started on first use. */
  page(): Promise<BenchPage>;
  /** Progress line on stderr (the table goes to stdout). */
  log(line: string): void;
}

export interface Workload {
  /** Lower-case id for --only; by convention a P-row's workload is named after it (p1...). */
  id: string;
  title: string;
  where: 'node' | 'browser';
  run(ctx: BenchContext): Promise<ResultRow[]>;
}

/** Identity helper so workload files get type checking and completion. */
export function defineWorkload(workload: Workload): Workload {
  return workload;
}

type RowInput = Pick<ResultRow, 'id' | 'metric' | 'value' | 'unit'> & Partial<ResultRow>;

/** A row with absent columns set to null, keys in table order. */
export function row(input: RowInput): ResultRow {
  const { id, metric, value, unit, baseline = null, ratio = null, target = null } = input;
  const out: ResultRow = {
    id,
    metric,
    value,
    unit,
    baseline,
    ratio,
    target,
    pass: input.pass ?? null,
  };
  if (input.note !== undefined) out.note = input.note;
  return out;
}
