import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The bench page (bench/browser). bench/run.ts builds it with an outDir in the OS temp dir; to
 * look at it by hand: `npx vite build -c bench/vite.config.ts` then serve the printed folder.
 */
export default defineConfig({
  root: join(import.meta.dirname, 'browser'),
  logLevel: 'warn',
  build: {
    outDir: process.env.BENCH_OUT_DIR ?? join(tmpdir(), 'diaspora-desk-bench-page'),
    emptyOutDir: true,
    target: 'es2023',
    // Readable stacks when a workload throws in the page.
    minify: false,
    sourcemap: true,
  },
  worker: { format: 'es' },
});
