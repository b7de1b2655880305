import { enrollDevice, seedPeople, pgliteRegistry, postgresRegistry } from './lib/registry-bench';
import { queryPullRows } from '../registry/src/sync/query-pull-rows';
import { deliverChanges } from '../registry/src/sync/deliver-changes';
import { officeScopeKeys } from '../registry/src/sync/scope-keys';

const reg = process.argv[2] === 'pg' ? await postgresRegistry('postgres://diaspora:diaspora@127.0.0.1:5432/postgres') : await pgliteRegistry();
const w = await enrollDevice(reg, { kind: 'national' });
const N = 3000;
await seedPeople(reg, w, N, 1, () => {});
const office = { officeId: w.officeId, scope: { kind: 'national' as const } };
const keys = officeScopeKeys(office);
for (let rep = 0; rep < 3; rep++) {
  for (const cursor of [0, 1000, 1900]) {
    let t = performance.now();
    const rows = await queryPullRows(reg.db, keys, cursor, 1000);
    const q = performance.now() - t; t = performance.now();
    const changes = deliverChanges(rows.rows, office);
    const d = performance.now() - t; t = performance.now();
    const json = JSON.stringify(changes);
    const s = performance.now() - t;
    console.log(reg.kind, cursor, 'query', q.toFixed(1), 'deliver', d.toFixed(1), 'stringify', s.toFixed(1), 'bytes', json.length);
  }
}
const plan = await reg.db.transaction(async (tx) => { await tx.query('SET LOCAL enable_bitmapscan = off'); return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ANALYZE
WITH head AS (SELECT COALESCE(MAX(seq), 0) AS head FROM changes),
hits AS (
  SELECT DISTINCT s.seq FROM unnest($2::text[]) AS k(scope_key)
  CROSS JOIN LATERAL (
    SELECT ck.seq FROM change_keys ck
    WHERE ck.scope_key = k.scope_key AND ck.seq > $1 ORDER BY ck.seq LIMIT $3) s
  ORDER BY s.seq LIMIT $3)
SELECT head.head, c.seq, r.data FROM head
LEFT JOIN (hits JOIN changes c ON c.seq = hits.seq
           LEFT JOIN records r ON r.id = c.record_id
           LEFT JOIN conflicts f ON f.id = c.conflict_id) ON true
ORDER BY c.seq`, [1000, keys, 1000]); });
console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
await reg.close();
