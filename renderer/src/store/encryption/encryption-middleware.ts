import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { StoreFailure } from '../store-error';
import type { DamageSink } from './damage-report';
import { damageReportOf } from './damage-report';
import { asIdbTransaction, whileAlive } from './keep-alive';
import type { Keyring } from './keyring';
import type { OpenRowResult } from './seal-row';
import { isSealedRow, openRow, sealRow } from './seal-row';
import type { SealedTableSpec } from './sealed-tables';
import { sealedTables } from './sealed-tables';
import { sealedCursor } from './sealed-cursor';

/**
 * Transactions marked raw see sealed rows as stored (for quarantine and repair). They may only
 * write rows that are already sealed: there is no plaintext write path.
 */
export const rawTransactions = new WeakSet<IDBTransaction>();

export interface EncryptionMiddlewareOptions {
  readonly keyring: Keyring;
  readonly onDamaged: DamageSink;
}

/**
 * AES-256-GCM per row for the sealed tables, as the lowest DBCore middleware, so every write path
 * (put, add, bulk, update, modify) is encrypted and every read path opens rows transparently.
 */
export function encryptionMiddleware(options: EncryptionMiddlewareOptions): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'Encryption',
    // Below Dexie's own middlewares (the lowest is -1): they all see plaintext.
    level: -10,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const spec = sealedTables[name];
        return spec ? sealedTable(table, spec, options) : table;
      },
    }),
  };
}

function sealedTable(
  table: DBCoreTable,
  spec: SealedTableSpec,
  { keyring, onDamaged }: EncryptionMiddlewareOptions,
): DBCoreTable {
  const name = table.name;
  const report = (stored: unknown, result: OpenRowResult & { ok: false }) =>
    onDamaged(damageReportOf(name, spec.primaryKey, stored, result.reason), stored);

  /** Opens rows (undefined stays undefined); damaged ones are reported and become undefined. */
  async function openAll(trans: unknown, stored: readonly unknown[]): Promise<unknown[]> {
    const idbTrans = asIdbTransaction(trans);
    if (rawTransactions.has(idbTrans)) return [...stored];
    const key = keyring.dataKey();
    const opened = stored.map((row) =>
      row === undefined ? Promise.resolve(undefined) : openRow(name, spec, key, row),
    );
    const results = await whileAlive(idbTrans, Promise.all(opened));
    return results.map((result, i) => {
      if (result === undefined || result.ok) return result?.row;
      report(stored[i], result);
      return undefined;
    });
  }

  async function mutate(req: DBCoreMutateRequest) {
    if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
    const idbTrans = asIdbTransaction(req.trans);
    if (rawTransactions.has(idbTrans)) {
      if (!req.values.every((v) => isSealedRow(spec, v)))
        throw new StoreFailure({ code: 'forbidden' });
      return table.mutate(req);
    }
    const key = keyring.dataKey();
    const sealing = req.values.map((value: Record<string, unknown>) =>
      isSealedRow(spec, value) ? Promise.resolve(value) : sealRow(name, spec, key, value),
    );
    const values = await whileAlive(idbTrans, Promise.all(sealing));
    return table.mutate({ ...req, values });
  }

  return {
    ...table,
    mutate,
    get: async (req) => (await openAll(req.trans, [await table.get(req)]))[0],
    getMany: async (req) => openAll(req.trans, await table.getMany(req)),
    query: async (req) => {
      const response = await table.query(req);
      if (!req.values) return response;
      const opened = await openAll(req.trans, response.result);
      return { ...response, result: opened.filter((row) => row !== undefined) };
    },
    openCursor: async (req) => {
      const cursor = await table.openCursor(req);
      const idbTrans = asIdbTransaction(req.trans);
      if (!cursor || !req.values || rawTransactions.has(idbTrans)) return cursor;
      const key = keyring.dataKey();
      return sealedCursor(cursor, idbTrans, (stored) => openRow(name, spec, key, stored), report);
    },
  };
}
