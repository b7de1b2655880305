import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';
import { StoreFailure } from '../store-error';
import type { DamageSink } from './damage-report';
import { damageReportOf } from './damage-report';
import { asIdbTransaction, whileAlive } from './keep-alive';
import type { Keyring } from './keyring';
import { rawTransactions } from './raw-transactions';
import type { OpenRowResult } from './seal-row';
import { isSealedRow, openRow, sealRow } from './seal-row';
import { sealedCursor } from './sealed-cursor';
import type { SealedTableSpec } from './sealed-tables';

interface Context {
  readonly table: DBCoreTable;
  readonly spec: SealedTableSpec;
  readonly keyring: Keyring;
  readonly report: (stored: unknown, result: OpenRowResult & { ok: false }) => void;
}

/** One sealed table's DBCore: seals on add/put, opens on get, getMany, query and cursors. */
export function sealedTable(
  table: DBCoreTable,
  spec: SealedTableSpec,
  keyring: Keyring,
  onDamaged: DamageSink,
): DBCoreTable {
  const report = (stored: unknown, result: OpenRowResult & { ok: false }) =>
    onDamaged(damageReportOf(table.name, spec.primaryKey, stored, result.reason), stored);
  const ctx: Context = { table, spec, keyring, report };
  return {
    ...table,
    mutate: (req) => sealedMutate(ctx, req),
    get: async (req) => (await openRows(ctx, req.trans, [await table.get(req)]))[0],
    getMany: async (req) => openRows(ctx, req.trans, await table.getMany(req)),
    query: async (req) => {
      const response = await table.query(req);
      if (!req.values) return response;
      const opened = await openRows(ctx, req.trans, response.result);
      return { ...response, result: opened.filter((row) => row !== undefined) };
    },
    openCursor: async (req) => {
      const cursor = await table.openCursor(req);
      const trans = asIdbTransaction(req.trans);
      if (!cursor || !req.values || rawTransactions.has(trans)) return cursor;
      const key = keyring.dataKey();
      const open = (stored: unknown) => openRow(table.name, spec, key, stored);
      return sealedCursor(cursor, trans, open, report);
    },
  };
}

async function sealedMutate(ctx: Context, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { table, spec, keyring } = ctx;
  if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
  const trans = asIdbTransaction(req.trans);
  if (rawTransactions.has(trans)) {
    if (!req.values.every((v) => isSealedRow(spec, v))) {
      throw new StoreFailure({ code: 'forbidden' });
    }
    return table.mutate(req);
  }
  const key = keyring.dataKey();
  // Rows sealed ahead (bulkPutSealed) go straight down: no await, so no keep-alive requests.
  if (req.values.every((value) => isSealedRow(spec, value))) return table.mutate(req);
  const sealing = req.values.map((value: Record<string, unknown>) =>
    isSealedRow(spec, value) ? Promise.resolve(value) : sealRow(table.name, spec, key, value),
  );
  const values = await whileAlive(trans, Promise.all(sealing));
  return table.mutate({ ...req, values });
}

/** Opens rows (undefined stays undefined); damaged ones are reported and become undefined. */
async function openRows(ctx: Context, reqTrans: unknown, stored: readonly unknown[]) {
  const trans = asIdbTransaction(reqTrans);
  if (rawTransactions.has(trans)) return [...stored];
  const key = ctx.keyring.dataKey();
  const opening = stored.map((row) =>
    row === undefined ? Promise.resolve(undefined) : openRow(ctx.table.name, ctx.spec, key, row),
  );
  const results = await whileAlive(trans, Promise.all(opening));
  return results.map((result, i) => {
    if (result === undefined || result.ok) return result?.row;
    ctx.report(stored[i], result);
    return undefined;
  });
}
