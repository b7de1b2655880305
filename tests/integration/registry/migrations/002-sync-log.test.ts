import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../registry/src/db/db';
import { loadMigrations } from '../../../../registry/src/db/load-migrations';
import { migrate } from '../../../../registry/src/db/migrate';
import { testBackends, type TestDb } from '../helpers/test-backends';

const OFFICE = '01900000-0000-7000-8000-000000000001';
const RECORD = '01900000-0000-7000-8000-0000000000e1';
const DEVICE = '01900000-0000-7000-8000-0000000000d1';

async function columns(db: Db, table: string): Promise<string[]> {
  const { rows } = await db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

async function indexDefinitions(db: Db, table: string): Promise<string[]> {
  const { rows } = await db.query<{ indexdef: string }>(
    `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1`,
    [table],
  );
  return rows.map((row) => row.indexdef.replace(/^.* USING btree /, ''));
}

/** The pull page as the registry runs it: per key of the office, a range scan, merged. */
const PULL_SHAPED = `
  SELECT DISTINCT s.seq FROM unnest(ARRAY['*', 'o:${OFFICE}', 'c:FR', 'c:IT']) AS k(scope_key)
  CROSS JOIN LATERAL (SELECT seq FROM change_keys ck WHERE ck.scope_key = k.scope_key
                      AND ck.seq > 100 ORDER BY ck.seq LIMIT 1000) s
  ORDER BY s.seq LIMIT 1000`;

describe.each(testBackends())('migration 002-sync-log on $kind', (backend) => {
  let test: TestDb;
  let db: Db;
  beforeAll(async () => {
    test = await backend.open();
    db = test.db;
    const [first, second] = loadMigrations();
    if (!first || !second) throw new Error('migrations 001 and 002 expected');
    await migrate(db, [first]);
    // A 001 database with a record in it (none existed before push was served, but still).
    await db.query(
      `INSERT INTO offices (id, name, country, office_type, scope)
       VALUES ($1, 'HQ', 'NE', 'headquarters', '{"kind":"national"}')`,
      [OFFICE],
    );
    await db.query(
      `INSERT INTO records (id, type, office_id, rev, data, created_at, updated_at, updated_seq)
       VALUES ($1, 'person', $2, 1, '{}', now(), now(), 1)`,
      [RECORD, OFFICE],
    );
    expect(await migrate(db, [first, second])).toMatchObject({ ok: true, applied: [2] });
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('adds what the merge core keeps per record, change and op', async () => {
    expect(await columns(db, 'records')).toEqual(
      expect.arrayContaining(['extra', 'created_hlc', 'updated_hlc', 'scope_facts']),
    );
    expect(await columns(db, 'changes')).toEqual(
      expect.arrayContaining(['scope_before', 'scope_after', 'conflict_id']),
    );
    expect(await columns(db, 'applied_ops')).toContain('office_hlc');
    expect(await columns(db, 'conflicts')).toContain('body');
    expect(await columns(db, 'change_keys')).toEqual(['scope_key', 'seq']);
    expect(await columns(db, 'field_history')).toEqual(
      ['at', 'author', 'created_at', 'field', 'id', 'reason', 'record_id', 'rev', 'value'].sort(),
    );
    const { rows } = await db.query('SELECT extra, scope_facts FROM records WHERE id = $1', [
      RECORD,
    ]);
    expect(rows).toEqual([{ extra: {}, scope_facts: { visibility: 'creators', creators: [] } }]);
  });

  it('indexes change keys by key then seq, and drops the per-column scope indexes', async () => {
    expect(await indexDefinitions(db, 'change_keys')).toEqual(['(scope_key, seq)']);
    const changes = await indexDefinitions(db, 'changes');
    expect(changes).toEqual(expect.arrayContaining(['(seq)', '(record_id, seq)']));
    expect(changes).not.toContain('(residence_country, seq)');
  });

  it('serves a pull-shaped page from the change_keys index, not a scan', async () => {
    await db.exec(`
      INSERT INTO change_keys (scope_key, seq)
      SELECT CASE i % 4 WHEN 0 THEN 'c:FR' WHEN 1 THEN 'c:' || chr(65 + i % 26) || 'Z'
                        WHEN 2 THEN 'g:NE-' || (1 + i % 7) ELSE 'o:' || md5(i::text) END, i
      FROM generate_series(1, 20000) AS i;
      ANALYZE change_keys;`);
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${PULL_SHAPED}`);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/change_keys_pkey/);
    expect(plan).not.toMatch(/Seq Scan on change_keys/);
    const page = await db.query<{ seq: number }>(PULL_SHAPED);
    const naive = await db.query<{ seq: number }>(
      `SELECT DISTINCT seq FROM change_keys WHERE seq > 100
         AND scope_key IN ('*', 'o:${OFFICE}', 'c:FR', 'c:IT') ORDER BY seq LIMIT 1000`,
    );
    expect(page.rows).toHaveLength(1000);
    expect(page.rows).toEqual(naive.rows);
  });

  it('takes deterministic conflict ids, merge redirects to unknown records, unnamed records', async () => {
    await db.query(
      `INSERT INTO conflicts (id, record_id, kind, field, registry_by, incoming_by, record_rev, body)
       VALUES ($1, $2, 'field', 'sex', 'null', '{}', 1, '{}')`,
      [`${DEVICE}:sex`, RECORD],
    );
    await db.query('UPDATE records SET merged_into = $1 WHERE id = $2', [DEVICE, RECORD]);
    await db.query(
      `INSERT INTO devices (id, office_id, name, credential_hash) VALUES ($1, $2, 'PC', $3)`,
      [DEVICE, OFFICE, 'a'.repeat(64)],
    );
    await db.query(
      `INSERT INTO applied_ops (op_id, device_id, device_seq, record_id, outcome)
       VALUES ($1, $2, 1, NULL, '{"outcome":"rejected","code":"invalid-op"}')`,
      ['01900000-0000-7000-8000-00000000a001', DEVICE],
    );
    await expect(
      db.query(
        `INSERT INTO field_history (record_id, field, value, author, reason, rev, at)
         VALUES ($1, 'notes', '"x"', 'null', 'forgotten', 1, 'x')`,
        [RECORD],
      ),
    ).rejects.toThrow();
  });
});
