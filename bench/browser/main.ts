import type { PageWorkload } from './bench-api';

// Every file in ./workloads is a page workload; adding one needs no change here.
const modules = import.meta.glob<{ default: PageWorkload }>('./workloads/*.ts', { eager: true });
const registry = new Map<string, PageWorkload>();
for (const [file, mod] of Object.entries(modules)) {
  if (registry.has(mod.default.id)) throw new Error(`${file}: duplicate page workload id`);
  registry.set(mod.default.id, mod.default);
}

window.__bench = {
  ready: true,
  ids: [...registry.keys()],
  async run(id, params) {
    const workload = registry.get(id);
    if (!workload)
      throw new Error(`no page workload ${id}; have ${[...registry.keys()].join(', ')}`);
    return workload.run(params);
  },
};
