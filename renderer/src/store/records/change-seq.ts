import type { DBCore, DBCoreRangeType, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/** The clear, indexed field every stored record carries (migration 005). */
export const changeSeqField = 'changeSeq';

const anyKey = { type: 3 as DBCoreRangeType, lower: undefined, upper: undefined };

/** The highest `changeSeq` stored, read in the writing transaction itself (0 when none). */
async function storedMax(table: DBCoreTable, trans: DBCoreTransaction): Promise<number> {
  const index = table.schema.getIndexByKeyPath(changeSeqField);
  if (!index) return 0;
  const cursor = await table.openCursor({
    trans,
    values: false,
    reverse: true,
    query: { index, range: anyKey },
  });
  return typeof cursor?.key === 'number' ? cursor.key : 0;
}

/**
 * Stamps every record written (any path: repositories, sync pulls, imports, pre-sealed bulk
 * puts) with a local change number, strictly above every number stored or handed out before in
 * this page, in the writing transaction. Readwrite transactions on `records` run one at a time,
 * so the numbers follow commit order: "changed since n" is `changeSeq > n`, whatever the
 * record's own `updatedAt` says (a pulled record keeps the registry's). The search snapshot
 * relies on this; readers never see the field (sealed-tables `localFields`).
 */
export function changeSeqMiddleware(): Middleware<DBCore> {
  let handedOut = 0;
  return {
    stack: 'dbcore',
    name: 'ChangeSeq',
    // Above the encryption (-10), below the change listener (-5): every row, sealed or not.
    level: -6,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'records') return table;
        return {
          ...table,
          mutate: async (req) => {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const base = Math.max(handedOut, await storedMax(table, req.trans));
            handedOut = base + req.values.length;
            const values = req.values.map((row: object, i: number) => ({
              ...row,
              [changeSeqField]: base + i + 1,
            }));
            return table.mutate({ ...req, values });
          },
        };
      },
    }),
  };
}
