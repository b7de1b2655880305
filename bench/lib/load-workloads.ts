import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Workload } from './bench-types';

function isWorkload(value: unknown): value is Workload {
  const w = value as Partial<Workload> | null;
  return (
    typeof w === 'object' &&
    w !== null &&
    typeof w.id === 'string' &&
    typeof w.title === 'string' &&
    (w.where === 'node' || w.where === 'browser') &&
    typeof w.run === 'function'
  );
}

/** Orders P-rows by number after the anchors and supporting workloads (generate, dexie-...). */
function sortKey(id: string): [number, string] {
  const m = /^p(\d+)\b/.exec(id);
  return m ? [Number(m[1]), id] : [0, id];
}

/**
 * The registry: every `*.ts` file in `dir` whose default export is a workload. Adding a row to
 * the bench is adding one file there.
 */
export async function loadWorkloads(dir: string): Promise<Workload[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const workloads: Workload[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    if (!isWorkload(mod.default)) throw new Error(`${file}: default export is not a workload`);
    workloads.push(mod.default);
  }
  const ids = new Set<string>();
  for (const w of workloads) {
    if (ids.has(w.id)) throw new Error(`duplicate workload id ${w.id}`);
    ids.add(w.id);
  }
  return workloads.sort((a, b) => {
    const [na, ia] = sortKey(a.id);
    const [nb, ib] = sortKey(b.id);
    return na - nb || ia.localeCompare(ib);
  });
}

/** The workloads named in `only` (all when empty); throws on an unknown id. */
export function selectWorkloads(all: readonly Workload[], only: readonly string[]): Workload[] {
  if (only.length === 0) return [...all];
  const unknown = only.filter((id) => !all.some((w) => w.id === id));
  if (unknown.length > 0) {
    throw new Error(
      `unknown workload ${unknown.join(', ')}; known: ${all.map((w) => w.id).join(', ')}`,
    );
  }
  return all.filter((w) => only.includes(w.id));
}
