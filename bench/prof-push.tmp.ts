import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteDb } from '../registry/src/db/open-pglite-db';
import { openPostgresDb } from '../registry/src/db/open-postgres-db';
import { migrate } from '../registry/src/db/migrate';
import type { Db, Queryable } from '../registry/src/db/db';
import { enrollDevice, seedPeople, pgliteRegistry } from './lib/registry-bench';

const relaxed = process.argv[2] === 'relaxed';
const kind = process.argv[3] ?? 'pglite';
let db: Db;
if (kind === 'pglite') {
  const opened = await openPgliteDb({ dataDir: mkdtempSync(join(tmpdir(), 'prof-')), relaxedDurability: relaxed });
  if (!opened.ok) throw new Error();
  db = opened.db;
} else {
  db = openPostgresDb({ url: 'postgres://diaspora:diaspora@127.0.0.1:5432/postgres' });
}
await migrate(db);
// instrument
const times = new Map<string, { n: number; ms: number }>();
const wrapQ = (q: Queryable): Queryable => ({
  async query(sql, params) {
    const t = performance.now();
    try { return await q.query(sql, params); } finally {
      const key = sql.trim().slice(0, 40).replace(/\s+/g, ' ');
      const e = times.get(key) ?? { n: 0, ms: 0 }; e.n++; e.ms += performance.now() - t; times.set(key, e);
    }
  },
  exec: (s) => q.exec(s),
});
const inst: Db = { ...db, ...wrapQ(db), kind: db.kind, location: db.location,
  transaction: async (fn) => { const t = performance.now(); try { return await db.transaction((tx) => fn(wrapQ(tx))); } finally { const e = times.get('TX total') ?? { n: 0, ms: 0 }; e.n++; e.ms += performance.now() - t; times.set('TX total', e); } },
  close: () => db.close() };
const { buildApp } = await import('../registry/src/http/build-app');
const app = await buildApp({ db: inst, clock: () => new Date(), logger: { level: 'silent' } });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
const reg = { kind: db.kind, db: inst, url, close: async () => { await app.close(); await db.close(); } };
const dev = await enrollDevice(reg, { kind: 'national' });
times.clear();
const ms = await seedPeople(reg, dev, 300, 1, console.log);
console.log(kind, relaxed ? 'relaxed' : 'durable', (300 * 1000 / ms).toFixed(1), 'ops/s');
for (const [k, v] of [...times].sort((a, b) => b[1].ms - a[1].ms)) console.log(v.ms.toFixed(0).padStart(7), String(v.n).padStart(5), (v.ms / v.n).toFixed(2).padStart(7), k);
await reg.close();
