import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, type Migration } from '../../../registry/src/db/load-migrations';
import { migrate } from '../../../registry/src/db/migrate';
import { openPgliteDb } from '../../../registry/src/db/open-pglite-db';
import { openTestPglite, testBackends, type TestDb } from './helpers/test-backends';

async function tableNames(test: TestDb): Promise<string[]> {
  const { rows } = await test.db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

describe.each(testBackends())('migration runner on $kind', (backend) => {
  let test: TestDb;
  const migrations = loadMigrations();
  const latest = migrations.length;
  beforeAll(async () => {
    test = await backend.open();
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('applies every migration once on an empty database and records it', async () => {
    const result = await migrate(test.db, migrations);
    expect(result).toEqual({
      ok: true,
      applied: migrations.map((m) => m.version),
      current: latest,
    });
    const { rows } = await test.db.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    expect(rows).toEqual(
      migrations.map(({ version, name, checksum }) => ({ version, name, checksum })),
    );
  });

  it('is idempotent: a second run (and two concurrent runs) apply nothing', async () => {
    const tables = await tableNames(test);
    expect(await migrate(test.db, migrations)).toEqual({ ok: true, applied: [], current: latest });
    const both = await Promise.all([migrate(test.db, migrations), migrate(test.db, migrations)]);
    expect(both.map((r) => r.ok && r.applied)).toEqual([[], []]);
    expect(await tableNames(test)).toEqual(tables);
  });

  it('refuses a database whose applied migration was edited since', async () => {
    const edited = migrations.map((m) => (m.version === 1 ? { ...m, checksum: 'x' } : m));
    expect(await migrate(test.db, edited)).toEqual({
      ok: false,
      error: { code: 'migration-changed', version: 1 },
    });
  });

  it('refuses a database newer than the registry', async () => {
    expect(await migrate(test.db, migrations.slice(0, 1))).toEqual({
      ok: false,
      error: { code: 'database-newer', version: 2 },
    });
  });

  it('rolls a failing migration back whole, leaving it pending', async () => {
    const broken: Migration = {
      version: latest + 1,
      name: 'broken',
      sql: 'CREATE TABLE half_done (x int);\nSELECT * FROM no_such_table;',
      checksum: 'c',
    };
    await expect(migrate(test.db, [...migrations, broken])).rejects.toThrow();
    expect(await tableNames(test)).not.toContain('half_done');
    const { rows } = await test.db.query('SELECT version FROM schema_migrations ORDER BY 1');
    expect(rows).toEqual(migrations.map(({ version }) => ({ version })));
  });

  it('applies migrations added later, in order', async () => {
    const later: Migration[] = [
      { version: latest + 1, name: 'a', sql: 'CREATE TABLE later_a (x int);', checksum: 'a' },
      {
        version: latest + 2,
        name: 'b',
        sql: 'ALTER TABLE later_a ADD COLUMN y int;',
        checksum: 'b',
      },
    ];
    expect(await migrate(test.db, [...migrations, ...later])).toEqual({
      ok: true,
      applied: [latest + 1, latest + 2],
      current: latest + 2,
    });
    await test.db.query('INSERT INTO later_a (x, y) VALUES (1, 2)');
  });
});

describe('migrations on the file-backed PGlite', () => {
  it('persist across a restart: reopening the folder applies nothing', async () => {
    const first = await openTestPglite();
    const all = loadMigrations().map((m) => m.version);
    expect(await migrate(first.db)).toMatchObject({ ok: true, applied: all });
    await first.db.close();
    const reopened = await openPgliteDb({ dataDir: first.where });
    if (!reopened.ok) throw new Error('folder still locked after close');
    try {
      expect(await migrate(reopened.db)).toEqual({ ok: true, applied: [], current: all.length });
    } finally {
      await reopened.db.close();
      rmSync(first.where, { recursive: true, force: true });
    }
  });
});

describe('loadMigrations', () => {
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'registry-migrations-'));
    for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
    return dir;
  }

  it('reads the project migrations in order, starting at 001-initial', () => {
    const migrations = loadMigrations();
    expect(migrations[0]).toMatchObject({ version: 1, name: 'initial' });
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('refuses a gap, a repeat or a badly named file', () => {
    expect(() => loadMigrations(folder({ '001-a.sql': '', '003-c.sql': '' }))).toThrow(/gaps/);
    expect(() => loadMigrations(folder({ '001-a.sql': '', '001-b.sql': '' }))).toThrow(/gaps/);
    expect(() => loadMigrations(folder({ '001-a.sql': '', 'two.sql': '' }))).toThrow(/NNN-name/);
  });
});
