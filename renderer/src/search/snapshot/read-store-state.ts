import type { OfficeDb } from '../../store/db/office-db';
import { rawTransactions } from '../../store/encryption/raw-transactions';
import { openRow } from '../../store/encryption/seal-row';
import { sealedTables } from '../../store/encryption/sealed-tables';
import { changeSeqField } from '../../store/records/change-seq';
import { idsOfType } from '../worker/read-records';

/** The records table as one read transaction saw it, without decrypting what did not change. */
export interface StoreState {
  /** The highest `changeSeq` stored (0 when none). */
  readonly maxSeq: number;
  /** Person ids, most recently changed first; consent ids. */
  readonly personIds: readonly string[];
  readonly consentIds: readonly string[];
  /** Ids of the people and consents changed after `since` (opened or not). */
  readonly changedIds: ReadonlySet<string>;
  /**
   * Those consents, then those people, decrypted (rows that fail to open are left out, as the
   * full load does); both start opening at once, in the background.
   */
  readonly changedConsents: Promise<unknown[]>;
  readonly changedPeople: Promise<unknown[]>;
}

async function openAll(key: CryptoKey, rows: readonly unknown[]): Promise<unknown[]> {
  const spec = sealedTables.records!;
  const opened = await Promise.all(rows.map((row) => openRow('records', spec, key, row)));
  return opened.flatMap((result) => (result.ok ? [result.row] : []));
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
  const read = await db.transaction('r', db.records, async (tx) => {
    rawTransactions.add(tx.idbtrans);
    const [top] = await db.records.orderBy(changeSeqField).reverse().limit(1).keys();
    const [personIds, consentIds] = [await idsOfType(db, 'person'), await idsOfType(db, 'consent')];
    const changed =
      since === null ? [] : await db.records.where(changeSeqField).above(since).toArray();
    return { maxSeq: typeof top === 'number' ? top : 0, personIds, consentIds, changed };
  });
  const consents = read.changed.filter((row) => row.type === 'consent');
  const people = read.changed.filter((row) => row.type === 'person');
  const changedConsents = openAll(key, consents);
  const changedPeople = openAll(key, people);
  // Awaited later, or never when the load stops: not an unhandled rejection meanwhile.
  changedConsents.catch(() => undefined);
  changedPeople.catch(() => undefined);
  return {
    maxSeq: read.maxSeq,
    personIds: read.personIds,
    consentIds: read.consentIds,
    changedIds: new Set([...consents, ...people].map((row) => row.id)),
    changedConsents,
    changedPeople,
  };
}
