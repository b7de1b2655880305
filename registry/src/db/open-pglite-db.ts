import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { acquireDataDirLock, type DataDirLockResult } from './data-dir-lock';
import { INT8_OID, parseInt8, type Db, type Queryable, type SqlParam } from './db';

type PgliteLike = Pick<PGlite, 'query' | 'exec'> | Transaction;

function wrap(target: PgliteLike): Queryable {
  return {
    async query<R extends object>(sql: string, params: readonly SqlParam[] = []) {
      const result = await target.query<R>(sql, [...params]);
      return {
        rows: result.rows,
        rowCount: Math.max(result.affectedRows ?? 0, result.rows.length),
      };
    },
    async exec(script: string) {
      await target.exec(script);
    },
  };
}

export interface PgliteDbOptions {
  /** The registry's data folder: the database goes in `<dataDir>/pglite`, the lock beside it. */
  readonly dataDir: string;
  /** Skip waiting for the disk after each commit (tests only). */
  readonly relaxedDurability?: boolean;
}

export type OpenPgliteResult = { ok: true; db: Db } | Extract<DataDirLockResult, { ok: false }>;

/** Opens (creating on first use) the file-backed embedded database. One process per folder. */
export async function openPgliteDb(options: PgliteDbOptions): Promise<OpenPgliteResult> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 }); // it holds personal data
  const lock = acquireDataDirLock(join(options.dataDir, 'registry.lock'));
  if (!lock.ok) return lock;
  let pg: PGlite;
  try {
    pg = await PGlite.create(join(options.dataDir, 'pglite'), {
      parsers: { [INT8_OID]: parseInt8 },
      relaxedDurability: options.relaxedDurability ?? false,
    });
  } catch (error) {
    lock.release();
    throw error;
  }
  const db: Db = {
    kind: 'pglite',
    location: options.dataDir,
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async close() {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        lock.release();
      }
    },
  };
  return { ok: true, db };
}
