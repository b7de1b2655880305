import Dexie from 'dexie';
import type { DexieOptions, Table } from 'dexie';
import type {
  AuditRow,
  BlindIndexRow,
  MetaRow,
  OutboxRow,
  QuarantineRow,
  RecordRow,
  StaffRow,
} from './rows';
import { declareMigrations } from '../migrations';
import type { HistoryRow } from '../history/history-row';
import type { SnapshotRow } from '../../search/snapshot/snapshot-row';

/** The office database: one per office on a device. Encryption is added by openOfficeStore. */
export class OfficeDb extends Dexie {
  declare records: Table<RecordRow, string>;
  declare outbox: Table<OutboxRow, number>;
  declare meta: Table<MetaRow, string>;
  declare staff: Table<StaffRow, string>;
  declare audit: Table<AuditRow, number>;
  declare quarantine: Table<QuarantineRow, number>;
  declare blindIndex: Table<BlindIndexRow, [string, string]>;
  declare history: Table<HistoryRow, string>;
  declare searchSnapshot: Table<SnapshotRow, string>;

  constructor(name: string, options: DexieOptions & { schemaVersion?: number } = {}) {
    const { schemaVersion, ...dexieOptions } = options;
    super(name, dexieOptions);
    declareMigrations(this, schemaVersion);
  }
}

/** Every table of the office database, for transactions that span them. */
export const allTables = [
  'records',
  'outbox',
  'meta',
  'staff',
  'audit',
  'quarantine',
  'blindIndex',
  'history',
] as const;
