import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../registry/src/db/db';
import { openPgliteDb } from '../../../registry/src/db/open-pglite-db';
import { maskDatabaseUrl } from '../../../registry/src/db/open-postgres-db';
import { openTestPglite, testBackends, type TestDb } from './helpers/test-backends';

describe.each(testBackends())('Db adapter on $kind', (backend) => {
  let test: TestDb;
  let db: Db;
  beforeAll(async () => {
    test = await backend.open();
    db = test.db;
    await db.exec(`
      CREATE TABLE t (id bigserial PRIMARY KEY, doc jsonb, at timestamptz, tags text[], flag boolean);
      CREATE TABLE u (x int PRIMARY KEY);`);
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('reports its kind', () => {
    expect(db.kind).toBe(backend.kind);
  });

  it('sends and returns the same types on both engines', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const inserted = await db.query<{ id: number }>(
      'INSERT INTO t (doc, at, tags, flag) VALUES ($1::jsonb, $2, $3::text[], $4) RETURNING id',
      [JSON.stringify({ name: 'x', n: [1, 2] }), at, ['FR', 'IT'], true],
    );
    expect(inserted.rows).toEqual([{ id: 1 }]);
    expect(inserted.rowCount).toBe(1);
    const { rows } = await db.query(
      `SELECT id, doc, at, tags, flag, count(*) OVER () AS total, NULL::text AS nothing,
              'FR' = ANY($1::text[]) AS listed
       FROM t`,
      [['FR']],
    );
    expect(rows).toEqual([
      {
        id: 1,
        doc: { name: 'x', n: [1, 2] },
        at,
        tags: ['FR', 'IT'],
        flag: true,
        total: 1,
        nothing: null,
        listed: true,
      },
    ]);
  });

  it('refuses an int8 beyond what a JS number holds exactly', async () => {
    await expect(db.query('SELECT 9007199254740993::bigint AS big')).rejects.toThrow(RangeError);
  });

  it('counts changed rows for INSERT, UPDATE and DELETE without RETURNING', async () => {
    expect((await db.query('INSERT INTO u (x) VALUES (1), (2), (3)')).rowCount).toBe(3);
    expect((await db.query('UPDATE u SET x = x + 10 WHERE x < 3')).rowCount).toBe(2);
    expect((await db.query('DELETE FROM u WHERE x > 100')).rowCount).toBe(0);
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    const value = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO u (x) VALUES (100)');
      return 'done';
    });
    expect(value).toBe('done');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO u (x) VALUES (200)');
        await tx.exec('INSERT INTO u (x) VALUES (201); INSERT INTO u (x) VALUES (100);');
      }),
    ).rejects.toThrow();
    const { rows } = await db.query<{ x: number }>('SELECT x FROM u WHERE x >= 100 ORDER BY x');
    expect(rows).toEqual([{ x: 100 }]);
  });

  it('keeps working after a failed statement outside a transaction', async () => {
    await expect(db.query('SELECT * FROM missing_table')).rejects.toThrow();
    expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });
});

describe('PGlite data folder lock', () => {
  let test: TestDb;
  beforeAll(async () => {
    test = await openTestPglite();
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('refuses a second opening of a folder in use, naming the process', async () => {
    const second = await openPgliteDb({ dataDir: test.where });
    expect(second).toEqual({
      ok: false,
      error: {
        code: 'data-dir-in-use',
        pid: process.pid,
        lockFile: join(test.where, 'registry.lock'),
      },
    });
  });

  it('takes over a lock left by a process that has ended', async () => {
    await test.db.close();
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(test.where, 'registry.lock'), `${ended}\n`);
    const reopened = await openPgliteDb({ dataDir: test.where, relaxedDurability: true });
    expect(reopened.ok).toBe(true);
    if (reopened.ok) await reopened.db.close();
  });
});

describe('maskDatabaseUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(maskDatabaseUrl('postgres://app:s3cret@db.example:5432/registry')).toBe(
      'postgres://app:***@db.example:5432/registry',
    );
    expect(maskDatabaseUrl('not a url')).not.toContain('not a url');
  });
});
