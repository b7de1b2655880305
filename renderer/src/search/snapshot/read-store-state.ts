import type { Collection } from 'dexie';
import type { RecordRow } from '../../store/db/rows';
import type { OfficeDb } from '../../store/db/office-db';
import { rawTransactions } from '../../store/encryption/raw-transactions';
import { openRow } from '../../store/encryption/seal-row';
import { sealedTables } from '../../store/encryption/sealed-tables';
import { changeSeqField } from '../../store/records/change-seq';
import { idsOfType } from '../worker/read-records';

/** What changed in the records table after a change number, as one read transaction saw it. */
export interface StoreChanges {
  /** The highest `changeSeq` stored (0 when none). */
  readonly maxSeq: number;
  /** Ids of the people and consents changed after `since` (opened or not). */
  readonly changedIds: ReadonlySet<string>;
  /** How many of those are people. */
  readonly changedPeopleCount: number;
  /**
   * Those consents, then those people, decrypted (rows that fail to open are left out, as the
   * full load does); both start opening at once, in the background.
   */
  readonly changedConsents: Promise<unknown[]>;
  readonly changedPeople: Promise<unknown[]>;
}

/** Every person and consent id (keys only). */
export interface LiveIds {
  /** Person ids, most recently changed first; consent ids. */
  readonly personIds: readonly string[];
  readonly consentIds: readonly string[];
}

/** The records table as one read transaction saw it, without decrypting what did not change. */
export type StoreState = StoreChanges & LiveIds;

async function openAll(key: CryptoKey, rows: readonly unknown[]): Promise<unknown[]> {
  const spec = sealedTables.records!;
  const opened = await Promise.all(rows.map((row) => openRow('records', spec, key, row)));
  return opened.flatMap((result) => (result.ok ? [result.row] : []));
}

/** Inside a read transaction: the highest change number and the rows written after `since`. */
async function readChanged(db: OfficeDb, since: number | null) {
  const [top] = await db.records.orderBy(changeSeqField).reverse().limit(1).keys();
  const changed =
    since === null ? [] : await db.records.where(changeSeqField).above(since).toArray();
  return { maxSeq: typeof top === 'number' ? top : 0, changed };
}

/** Inside a read transaction: every person and consent id (an index scan: slow at 200,000). */
async function readIds(db: OfficeDb): Promise<LiveIds> {
  const personIds = await idsOfType(db, 'person');
  const consentIds = await idsOfType(db, 'consent');
  return { personIds, consentIds };
}

function readTransaction<T>(db: OfficeDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('r', db.records, (tx) => {
    rawTransactions.add(tx.idbtrans);
    return work();
  });
}

/** The changed rows, opened outside the transaction that read them. */
function opened(
  key: CryptoKey,
  { maxSeq, changed }: Awaited<ReturnType<typeof readChanged>>,
): StoreChanges {
  const consents = changed.filter((row) => row.type === 'consent');
  const people = changed.filter((row) => row.type === 'person');
  const changedConsents = openAll(key, consents);
  const changedPeople = openAll(key, people);
  // Awaited later, or never when the load stops: not an unhandled rejection meanwhile.
  changedConsents.catch(() => undefined);
  changedPeople.catch(() => undefined);
  return {
    maxSeq,
    changedIds: new Set([...consents, ...people].map((row) => row.id)),
    changedPeopleCount: people.length,
    changedConsents,
    changedPeople,
  };
}

/**
 * Reads, in one transaction, the highest change number, every person and consent id (keys
 * only) and the people and consents written after `since` (none when `since` is null); the
 * changed rows are opened outside it. What is read is consistent: a write commits wholly before
 * or after.
 */
export async function readStoreState(
  db: OfficeDb,
  key: CryptoKey,
  since: number | null,
): Promise<StoreState> {
  const read = await readTransaction(db, async () => {
    const changes = await readChanged(db, since);
    return { changes, ids: await readIds(db) };
  });
  return { ...opened(key, read.changes), ...read.ids };
}

/**
 * The highest change number and what was written after `since`, without listing every id
 * (a short read: what the list's first screen waits for at a warm unlock).
 */
export async function readChangesSince(
  db: OfficeDb,
  key: CryptoKey,
  since: number,
): Promise<StoreChanges> {
  return opened(key, await readTransaction(db, () => readChanged(db, since)));
}

/** Ids per read of {@link readLiveIds}. */
const ID_PAGE = 10_000;

/**
 * Every record id stored, of any type (keys only, in primary key order), a page per read: a
 * long read holds the database, so the snapshot's chunks are served between pages. Not one
 * transaction: a record written meanwhile may be missed or kept, as the page's change events
 * that follow (see handleRefresh) settle it.
 */
export async function readLiveIds(db: OfficeDb): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let after: string | null = null; ;) {
    const from: Collection<RecordRow, string> =
      after === null ? db.records.toCollection() : db.records.where(':id').above(after);
    const page: string[] = await from.limit(ID_PAGE).primaryKeys();
    for (const id of page) ids.add(id);
    if (page.length < ID_PAGE) return ids;
    after = page[page.length - 1]!;
  }
}

/** Which of `ids` are stored now (one short read of those rows). */
export async function storedIds(db: OfficeDb, ids: readonly string[]): Promise<Set<string>> {
  const rows = await readTransaction(db, () => db.records.bulkGet([...ids]));
  return new Set(rows.flatMap((row) => (row ? [row.id] : [])));
}
