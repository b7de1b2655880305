import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BenchOptions, ResultRow } from './bench-types';
import type { MachineInfo } from './machine-info';

export interface BenchResults {
  date: string;
  machine: MachineInfo;
  n: number;
  browserN: number;
  reps: number;
  seed: number;
  quick: boolean;
  rows: ResultRow[];
}

export function benchResults(
  options: BenchOptions,
  machine: MachineInfo,
  rows: ResultRow[],
  date = new Date(),
): BenchResults {
  const { n, browserN, reps, seed, quick } = options;
  return { date: date.toISOString(), machine, n, browserN, reps, seed, quick, rows };
}

export async function writeResults(path: string, results: BenchResults): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
