import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../registry/src/db/db';
import { loadMigrations } from '../../../../registry/src/db/load-migrations';
import { migrate } from '../../../../registry/src/db/migrate';
import { testBackends, type TestDb } from '../helpers/test-backends';

const OFFICE = '01900000-0000-7000-8000-000000000001';
const DEVICE = '01900000-0000-7000-8000-0000000000d1';
const HASH = 'a'.repeat(64);

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

/** The pull page the next step will run: per scope key, an index range scan, merged. */
const PULL_SHAPED = `
  SELECT u.seq FROM (
    SELECT s.seq FROM unnest(ARRAY['FR', 'IT']) AS k(country)
      CROSS JOIN LATERAL (SELECT seq FROM changes WHERE residence_country = k.country
                          AND seq > 100 ORDER BY seq LIMIT 1000) s
    UNION
    SELECT s.seq FROM unnest(ARRAY['NE-8']) AS k(region)
      CROSS JOIN LATERAL (SELECT seq FROM changes WHERE origin_region = k.region
                          AND seq > 100 ORDER BY seq LIMIT 1000) s
    UNION
    SELECT seq FROM (SELECT seq FROM changes WHERE office_id = '${OFFICE}'
                     AND seq > 100 ORDER BY seq LIMIT 1000) o
  ) u ORDER BY u.seq LIMIT 1000`;

describe.each(testBackends())('migration 001-initial on $kind', (backend) => {
  let test: TestDb;
  let db: Db;
  beforeAll(async () => {
    test = await backend.open();
    db = test.db;
    const first = loadMigrations().filter((m) => m.version === 1);
    expect(await migrate(db, first)).toMatchObject({ ok: true, applied: [1] });
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('creates the registry tables with their columns', async () => {
    expect(await columns(db, 'offices')).toEqual(
      ['country', 'created_at', 'id', 'name', 'office_type', 'scope'].sort(),
    );
    expect(await columns(db, 'devices')).toEqual(
      [
        'applied_seq',
        'created_at',
        'credential_hash',
        'id',
        'last_seen_at',
        'last_sync_at',
        'name',
        'office_id',
        'pull_cursor',
        'revoked_at',
      ].sort(),
    );
    expect(await columns(db, 'enrollment_codes')).toEqual(
      ['code_hash', 'created_at', 'device_id', 'expires_at', 'office_id', 'used_at'].sort(),
    );
    for (const table of ['records', 'changes', 'applied_ops', 'held_ops', 'conflicts']) {
      expect((await columns(db, table)).length).toBeGreaterThan(4);
    }
  });

  it('indexes the change log by seq and by each scope key then seq (P13)', async () => {
    const changes = await indexDefinitions(db, 'changes');
    for (const index of [
      '(seq)',
      '(office_id, seq)',
      '(residence_country, seq)',
      '(origin_region, seq)',
      '(record_id, seq)',
    ]) {
      expect(changes).toContain(index);
    }
    const records = await indexDefinitions(db, 'records');
    expect(records).toEqual(
      expect.arrayContaining([
        '(updated_seq)',
        '(office_id, updated_seq)',
        '(residence_country, updated_seq)',
      ]),
    );
  });

  // The planner picks per key: the key's index range when the key is a small share of the log,
  // the primary key in seq order with a filter when it is a large one. Never the whole log.
  it('serves a pull-shaped page from the scope indexes, not a scan of the log', async () => {
    await db.query(
      `INSERT INTO offices (id, name, country, office_type, scope)
       VALUES ($1, 'Paris', 'FR', 'consular-desk', '{"kind":"national"}')`,
      [OFFICE],
    );
    await db.exec(`
      INSERT INTO changes (record_id, record_type, rev, kind, office_id, residence_country, origin_region)
      SELECT gen_random_uuid(), 'person', 1, 'create',
             CASE WHEN i % 100 = 7 THEN '${OFFICE}'::uuid ELSE gen_random_uuid() END,
             CASE i % 50 WHEN 0 THEN 'FR' WHEN 1 THEN 'IT'
                         ELSE chr(65 + i % 26) || chr(65 + (i / 26) % 26) END,
             CASE WHEN i % 40 = 3 THEN 'NE-8' ELSE 'NE-' || (1 + i % 7) END
      FROM generate_series(1, 20000) AS i;
      ANALYZE changes;`);
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${PULL_SHAPED}`);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/changes_(residence|region|office)_seq_idx/);
    expect(plan).not.toMatch(/Seq Scan on changes/);
    const page = await db.query<{ seq: number }>(PULL_SHAPED);
    const naive = await db.query<{ seq: number }>(
      `SELECT seq FROM changes WHERE seq > 100 AND (residence_country IN ('FR', 'IT')
         OR origin_region = 'NE-8' OR office_id = $1) ORDER BY seq LIMIT 1000`,
      [OFFICE],
    );
    expect(page.rows).toHaveLength(1000);
    expect(page.rows).toEqual(naive.rows);
  });

  it('refuses an unknown office type and a malformed scope', async () => {
    const insert = (type: string, scope: string) =>
      db.query(
        `INSERT INTO offices (id, name, country, office_type, scope)
         VALUES (gen_random_uuid(), 'x', 'NE', $1, $2::jsonb)`,
        [type, scope],
      );
    await expect(insert('embassy', '{"kind":"national"}')).rejects.toThrow();
    await expect(insert('headquarters', '{"kind":"galaxy"}')).rejects.toThrow();
    await expect(insert('headquarters', '{"kind":"residence"}')).rejects.toThrow();
    await insert('headquarters', '{"kind":"regions","regions":["NE-8"]}');
  });

  it('keeps credential hashes unique and well-formed', async () => {
    const device = (id: string, hash: string) =>
      db.query(
        `INSERT INTO devices (id, office_id, name, credential_hash) VALUES ($1, $2, 'PC', $3)`,
        [id, OFFICE, hash],
      );
    await device(DEVICE, HASH);
    await expect(device('01900000-0000-7000-8000-0000000000d2', HASH)).rejects.toThrow();
    await expect(device('01900000-0000-7000-8000-0000000000d3', 'plain-token')).rejects.toThrow();
  });

  it('marks an enrollment code used only together with its device', async () => {
    const code = (hash: string, usedAt: Date | null, deviceId: string | null) =>
      db.query(
        `INSERT INTO enrollment_codes (code_hash, office_id, expires_at, used_at, device_id)
         VALUES ($1, $2, now() + interval '1 hour', $3, $4)`,
        [hash, OFFICE, usedAt, deviceId],
      );
    await code('b'.repeat(64), null, null);
    await code('c'.repeat(64), new Date(), DEVICE);
    await expect(code('d'.repeat(64), new Date(), null)).rejects.toThrow();
  });

  it('applies an op once per op id and once per device sequence number', async () => {
    const op = (opId: string, seq: number) =>
      db.query(
        `INSERT INTO applied_ops (op_id, device_id, device_seq, record_id, outcome)
         VALUES ($1, $2, $3, gen_random_uuid(), '{"status":"applied"}')`,
        [opId, DEVICE, seq],
      );
    await op('01900000-0000-7000-8000-00000000a001', 1);
    await expect(op('01900000-0000-7000-8000-00000000a001', 2)).rejects.toThrow();
    await expect(op('01900000-0000-7000-8000-00000000a002', 1)).rejects.toThrow();
  });

  it('never stores an erased record that is not also deleted', async () => {
    const record = (erased: boolean, deleted: boolean, seq: number) =>
      db.query(
        `INSERT INTO records (id, type, office_id, rev, data, deleted, erased,
                              created_at, updated_at, updated_seq)
         VALUES (gen_random_uuid(), 'person', $1, 1, '{}', $2, $3, now(), now(), $4)`,
        [OFFICE, deleted, erased, seq],
      );
    await record(true, true, 1);
    await record(false, false, 2);
    await expect(record(true, false, 3)).rejects.toThrow();
    await expect(record(false, false, 2)).rejects.toThrow(); // updated_seq is unique
  });
});
