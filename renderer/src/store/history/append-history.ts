import Dexie from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import type { RecordType } from '../../../../shared/domain/record-envelope';
import type { FieldChanges, OpKind } from '../../../../shared/sync/op';
import type { OfficeDb } from '../db/office-db';
import type { HistoryRow, HistorySource } from './history-row';

export interface HistoryEvent {
  readonly recordId: string;
  readonly recordType: RecordType;
  readonly kind: OpKind;
  /** When the change was made (ISO 8601): the local write's time, or the pulled op's. */
  readonly at: string;
  readonly userId: string | null;
  readonly changes: FieldChanges;
  readonly source: HistorySource;
  readonly opId?: string;
}

/**
 * Appends one change to the sealed `history` table. Call inside the read-write transaction that
 * writes the record (it must include `history`), so the entry commits or aborts with the change:
 * writeRecord does so for local edits; the sync engine calls it when it applies pulled changes.
 * A change with no field changes (an update that changed nothing) is not recorded, except a delete.
 */
export async function appendHistory(db: OfficeDb, event: HistoryEvent): Promise<void> {
  const trans = Dexie.currentTransaction;
  if (!trans || trans.mode !== 'readwrite') throw new Error('appendHistory needs a rw transaction');
  if (event.kind !== 'delete' && Object.keys(event.changes).length === 0) return;
  const row: HistoryRow = {
    entryId: uuidv7(),
    recordId: event.recordId,
    recordType: event.recordType,
    at: event.at,
    kind: event.kind,
    userId: event.userId,
    changes: event.changes,
    source: event.source,
    ...(event.opId === undefined ? {} : { opId: event.opId }),
  };
  await db.history.add(row);
}
