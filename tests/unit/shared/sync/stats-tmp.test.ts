import fc from 'fast-check';
import { it } from 'vitest';
import { actionArb, skewArb, World } from './model/world';

it('stats', () => {
  const samples = fc.sample(fc.record({ actions: fc.array(actionArb, { minLength: 30, maxLength: 90 }), skews: fc.tuple(skewArb, skewArb, skewArb) }), 150);
  const t = { applied: 0, conflict: 0, rejected: {} as Record<string, number>, restamped: 0, conflicts: 0, resolved: 0, superseded: 0, history: 0, erased: 0, deleted: 0, records: 0, held: 0, dup: 0 };
  for (const s of samples) {
    const w = new World(s.skews);
    const push = w.registry.push.bind(w.registry);
    w.registry.push = (x) => { const res = push(x); for (const r of res.results) { if (r.outcome === 'held') t.held++; if (r.outcome === 'duplicate') t.dup++; } return res; };
    for (const a of s.actions) w.run(a);
    w.flush(); w.pullAll();
    const r = w.registry;
    for (const a of r.applied) {
      if (a.result.outcome === 'rejected') t.rejected[a.result.code] = (t.rejected[a.result.code] ?? 0) + 1;
      else if (a.result.outcome === 'conflict') t.conflict++; else t.applied++;
      if (a.officeStamp) t.restamped++;
    }
    t.conflicts += r.conflicts.size;
    t.resolved += [...r.conflicts.values()].filter((c) => c.resolution?.kind === 'chosen').length;
    t.superseded += [...r.conflicts.values()].filter((c) => c.resolution?.kind === 'superseded').length;
    t.history += r.history.length;
    t.records += r.records.size;
    t.erased += [...r.records.values()].filter((x) => x.erased).length;
    t.deleted += [...r.records.values()].filter((x) => x.deleted).length;
  }
  console.log(JSON.stringify(t));
});
