import Dexie from 'dexie';
import type { OfficeDb } from '../../store/db/office-db';
import { rawTransactions } from '../../store/encryption/raw-transactions';
import { openRow } from '../../store/encryption/seal-row';
import { sealedTables } from '../../store/encryption/sealed-tables';

/**
 * Ids of one record type, most recently changed first (so the first chunk is the list's top).
 * Read forwards and reversed here: a forward key range is one getAllKeys call, a reversed one
 * a cursor step per record (tens of seconds for 500,000 records on a loaded machine).
 */
export async function idsOfType(db: OfficeDb, type: 'person' | 'consent'): Promise<string[]> {
  const ids = await db.records
    .where('[type+updatedAt]')
    .between([type, Dexie.minKey], [type, Dexie.maxKey])
    .primaryKeys();
  return ids.reverse();
}

/**
 * People read first at a first unlock (no snapshot), before the consents and every id: the
 * list's first two pages. Fewer than a snapshot's first chunk (500), as each is read, decrypted
 * and projected while the list waits; the list grows at its next refresh (a tenth of the office).
 */
export const COLD_FIRST_PEOPLE = 100;

/**
 * The `count` most recently changed records of one type, opened (the list's first screen at a
 * first unlock, before every id is listed), and how many of that type are stored. The count
 * (an index walk, a tenth of a second at 20,000 on a loaded machine) starts once the rows are
 * in, in a transaction of its own: asked alongside, it slowed their read several times over.
 */
export async function readNewest(
  db: OfficeDb,
  key: CryptoKey,
  type: 'person' | 'consent',
  count: number,
): Promise<{ rows: unknown[]; stored: Promise<number> }> {
  const newest = await db.transaction('r', db.records, (tx) => {
    rawTransactions.add(tx.idbtrans);
    return db.records
      .where('[type+updatedAt]')
      .between([type, Dexie.minKey], [type, Dexie.maxKey])
      .reverse()
      .limit(count)
      .toArray();
  });
  const stored = db.transaction('r', db.records, () =>
    db.records.where('type').equals(type).count(),
  );
  // Awaited by the caller, or never when the load stops.
  stored.catch(() => undefined);
  return { rows: await openStored(key, newest), stored };
}

async function openStored(key: CryptoKey, stored: readonly unknown[]): Promise<unknown[]> {
  const spec = sealedTables.records!;
  const opened = await Promise.all(
    stored.map((row) => (row ? openRow('records', spec, key, row) : null)),
  );
  return opened.flatMap((result) => (result?.ok ? [result.row] : []));
}

/**
 * Reads records as stored (sealed) in a short read transaction, then opens them with the
 * store's own sealing functions outside it, all at once, so decryption runs in parallel and no
 * transaction is kept alive meanwhile. Rows that do not open are skipped (the page's store
 * quarantines them when it reads them); absent ids give nothing.
 */
export async function readRecords(
  db: OfficeDb,
  key: CryptoKey,
  ids: readonly string[],
): Promise<unknown[]> {
  const stored = await db.transaction('r', db.records, (tx) => {
    rawTransactions.add(tx.idbtrans);
    return db.records.bulkGet([...ids]);
  });
  return openStored(key, stored);
}
