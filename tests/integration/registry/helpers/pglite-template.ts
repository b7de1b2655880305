import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const READY = 'template-ready';
const STALE_LOCK_MS = 180_000;

function pgliteVersion(): string {
  const file = join(repoRoot, 'node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Creating a PGlite cluster (initdb) takes 5-20 s here; opening a copy of one takes about 2 s. */
async function build(target: string): Promise<void> {
  const work = `${target}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const pg = await PGlite.create(join(work, 'pglite'));
  await pg.close();
  writeFileSync(join(work, READY), '');
  renameSync(work, target);
}

/**
 * A fresh, empty PGlite data folder made once per machine and PGlite version, shared by test
 * files running in parallel (the first builds it under a lock directory, the others wait).
 * Each test copies it: the copy is a new database, as if initdb had just run.
 */
export async function pgliteTemplate(): Promise<string> {
  const target = join(tmpdir(), `diaspora-registry-pglite-template-${pgliteVersion()}`);
  const lock = `${target}.lock`;
  for (;;) {
    if (existsSync(join(target, READY))) return target;
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > STALE_LOCK_MS) {
        rmSync(lock, { recursive: true, force: true });
      }
      await sleep(250);
      continue;
    }
    try {
      if (!existsSync(join(target, READY))) {
        rmSync(target, { recursive: true, force: true });
        await build(target);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
