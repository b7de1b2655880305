import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Db, DbKind } from '../../../../registry/src/db/db';
import { openPgliteDb } from '../../../../registry/src/db/open-pglite-db';
import { openPostgresDb } from '../../../../registry/src/db/open-postgres-db';
import { pgliteTemplate } from './pglite-template';

export interface TestDb {
  /** The open database (a new object after {@link TestDb.reopen}). */
  readonly db: Db;
  /** The PGlite data folder, or the PostgreSQL URL of this test's own database. */
  readonly where: string;
  /** Closes the database and opens the same one again, as a restarted registry does. */
  reopen(): Promise<Db>;
  dispose(): Promise<void>;
}

export interface TestBackend {
  readonly kind: DbKind;
  open(): Promise<TestDb>;
}

/** An empty, unmigrated embedded database in a temporary folder of its own. */
export async function openTestPglite(): Promise<TestDb> {
  const template = await pgliteTemplate();
  const dataDir = mkdtempSync(join(tmpdir(), 'registry-test-'));
  cpSync(join(template, 'pglite'), join(dataDir, 'pglite'), { recursive: true });
  const open = async () => {
    const opened = await openPgliteDb({ dataDir, relaxedDurability: true });
    if (!opened.ok) throw new Error(`data folder ${dataDir} locked`);
    return opened.db;
  };
  let db = await open();
  return {
    get db() {
      return db;
    },
    where: dataDir,
    async reopen() {
      await db.close();
      db = await open();
      return db;
    },
    async dispose() {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A new PostgreSQL database on the TEST_DATABASE_URL server, dropped afterwards. */
export async function openTestPostgres(serverUrl: string): Promise<TestDb> {
  const name = `registry_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let db = openPostgresDb({ url: url.toString(), maxConnections: 4 });
  return {
    get db() {
      return db;
    },
    where: url.toString(),
    async reopen() {
      await db.close();
      db = openPostgresDb({ url: url.toString(), maxConnections: 4 });
      return db;
    },
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (as .ci/run does). */
export function testBackends(): TestBackend[] {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const backends: TestBackend[] = [{ kind: 'pglite', open: openTestPglite }];
  if (serverUrl) backends.push({ kind: 'postgres', open: () => openTestPostgres(serverUrl) });
  return backends;
}
