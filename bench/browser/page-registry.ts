import type { PageWorkload } from './bench-api';

// Every file in ./workloads is a workload half; adding one needs no change here. The same
// files load in the page and in the bench worker, so they must not touch the DOM at import time.
const modules = import.meta.glob<{ default: PageWorkload }>('./workloads/*.ts', { eager: true });

const registry = new Map<string, PageWorkload>();
for (const [file, mod] of Object.entries(modules)) {
  if (registry.has(mod.default.id)) throw new Error(`${file}: duplicate page workload id`);
  registry.set(mod.default.id, mod.default);
}

export const pageWorkloadIds = [...registry.keys()];

export async function runPageWorkload(id: string, params: Record<string, unknown>) {
  const workload = registry.get(id);
  if (!workload) throw new Error(`no page workload ${id}; have ${pageWorkloadIds.join(', ')}`);
  return workload.run(params);
}
