import type { Table } from 'dexie';
import type { OfficeDb } from '../store/db/office-db';
import type { ReplicaStatus } from '../../../shared/sync/replica/apply-change';

/** A record's rev and status as last pulled (migration 004, clear: no values). */
export interface SyncRevRow {
  id: string;
  rev: number;
  status: ReplicaStatus;
}

/** A pushed op the registry settled at `rev`; its outbox entry stays until a pull confirms it. */
export interface SyncAckRow {
  opId: string;
  recordId: string;
  rev: number;
}

/** A conflict as stored: id, record and status in clear, the Conflict itself sealed. */
export interface SyncConflictRow {
  id: string;
  recordId: string;
  /** `resolving`: this desk queued a resolution the registry has not confirmed yet. */
  status: 'open' | 'resolving' | 'resolved';
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
}

export const syncTableNames = ['syncRevs', 'syncAcks', 'syncConflicts'] as const;

export function syncTables(db: OfficeDb) {
  return {
    revs: db.table('syncRevs') as Table<SyncRevRow, string>,
    acks: db.table('syncAcks') as Table<SyncAckRow, string>,
    conflicts: db.table('syncConflicts') as Table<SyncConflictRow, string>,
  };
}
