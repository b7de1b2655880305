/**
 * The bench: `npm run bench` (N = 200,000), `npm run bench -- --quick` (N = 5,000), `--help`.
 * Runs the workloads in bench/workloads (Node and headless Chromium), prints a table and writes
 * bench/results/latest.json. Figures only: nothing here fails on a missed target.
 */
import { join } from 'node:path';
import type { BenchContext, BenchPage, ResultRow } from './lib/bench-types';
import { row } from './lib/bench-types';
import { openBrowserSession } from './lib/browser-session';
import type { BrowserSession } from './lib/browser-session';
import { formatTable } from './lib/format-table';
import { loadWorkloads, selectWorkloads } from './lib/load-workloads';
import { machineInfo } from './lib/machine-info';
import { parseArgs, USAGE } from './lib/parse-args';
import { benchResults, writeResults } from './lib/write-results';

const benchDir = import.meta.dirname;
const log = (line: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const all = await loadWorkloads(join(benchDir, 'workloads'));
  if (args.list) {
    for (const w of all) console.log(`${w.id.padEnd(16)} ${w.where.padEnd(8)} ${w.title}`);
    return 0;
  }
  const workloads = selectWorkloads(all, args.only);
  const { options } = args;
  log(`N=${options.n} (Chromium ${options.browserN}), reps=${options.reps}, seed=${options.seed}`);

  let session: Promise<BrowserSession> | undefined;
  const ctx: BenchContext = {
    options,
    page: (): Promise<BenchPage> => (session ??= openBrowserSession(log)),
    log,
  };
  const rows: ResultRow[] = [];
  let failed = 0;
  try {
    for (const workload of workloads) {
      log(`${workload.id}: ${workload.title}`);
      const start = performance.now();
      try {
        rows.push(...(await workload.run(ctx)));
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        log(`${workload.id} FAILED: ${message}`);
        rows.push(row({ id: workload.id, metric: 'error', value: null, unit: '', note: message }));
      }
      log(`${workload.id} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
  } finally {
    const chromium = session ? (await session.catch(() => undefined))?.chromiumVersion : undefined;
    await (await session?.catch(() => undefined))?.close();
    const machine = machineInfo(chromium ?? null);
    const results = benchResults(options, machine, rows);
    const out = join(benchDir, 'results', 'latest.json');
    await writeResults(out, results);
    console.log(
      `\nDiaspora Desk bench ${results.date}  N=${options.n}` +
        (options.browserN !== options.n ? ` (Chromium rows N=${options.browserN})` : '') +
        `  reps=${options.reps}  ${machine.cores} cores  Node ${machine.node}` +
        (chromium ? `  Chromium ${chromium}` : '') +
        `  load ${machine.loadAverage.join(' ')}`,
    );
    console.log(formatTable(rows));
    console.log('ratio = candidate time / baseline time, median over alternating pairs');
    console.log(`wrote ${out}`);
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
