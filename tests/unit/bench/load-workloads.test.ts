import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkloads, selectWorkloads } from '../../../bench/lib/load-workloads';

const dir = join(import.meta.dirname, '..', '..', '..', 'bench', 'workloads');

describe('workload registry', () => {
  it('loads every workload file with a unique id', async () => {
    const workloads = await loadWorkloads(dir);
    const ids = workloads.map((w) => w.id);
    expect(ids).toContain('generate');
    expect(ids).toContain('dexie-bulkput');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('selects by id and rejects unknown ids', async () => {
    const workloads = await loadWorkloads(dir);
    expect(selectWorkloads(workloads, ['generate']).map((w) => w.id)).toEqual(['generate']);
    expect(() => selectWorkloads(workloads, ['nope'])).toThrow(/unknown workload nope/);
  });
});
