import Dexie from 'dexie';
import type { StoreResult } from '../store-error';
import { catchStoreFailure } from '../store-error';
import type { Session } from '../session';
import { requireSession } from '../session';
import { whileAlive } from '../encryption/keep-alive';
import { recordWriteTables } from './write-record';

/**
 * Runs `work` in one rw transaction over every table a record write touches (plus
 * `extraTables`), for the session's current unlock only. Throws StoreFailure.
 */
export function inRecordTransaction<T>(
  session: Session,
  work: () => Promise<T>,
  extraTables: readonly string[] = [],
): Promise<T> {
  requireSession(session);
  const { db } = session.store;
  return db.transaction('rw', [...recordWriteTables, ...extraTables], work);
}

/** {@link inRecordTransaction} with failures as a result. */
export function runRecordWrite<T>(
  session: Session,
  work: () => Promise<T>,
  extraTables: readonly string[] = [],
): Promise<StoreResult<T>> {
  return catchStoreFailure(() => inRecordTransaction(session, work, extraTables));
}

/** Awaits non-IndexedDB work (WebCrypto) inside the current transaction without losing it. */
export function inTransaction<T>(work: Promise<T>): Promise<T> {
  const trans = Dexie.currentTransaction;
  return trans ? whileAlive(trans.idbtrans, work) : work;
}
