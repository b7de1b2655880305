/** The encrypted office store: open, set up, unlock, records, audit. */
export { openOfficeStore, hasOffice } from './open-office-store';
export type { OpenOfficeStoreOptions } from './open-office-store';
export type { OfficeStore, Session } from './session';
export type {
  StoreError,
  StoreErrorCode,
  StoreResult,
  PassphraseProblem,
  FieldIssue,
} from './store-error';
export type { Clock } from './clock';
export { systemClock } from './clock';
export { createOffice } from './accounts/create-office';
export type { CreateOfficeInput, CreatedOffice } from './accounts/create-office';
export { unlock } from './accounts/unlock';
export { lock, logout } from './accounts/lock';
export { addStaff } from './accounts/add-staff';
export type { NewStaff } from './accounts/add-staff';
export { disableStaff } from './accounts/disable-staff';
export { changePassphrase } from './accounts/change-passphrase';
export { recoverAccess } from './accounts/recover-access';
export { rotateRecoveryKey } from './accounts/rotate-recovery-key';
export {
  checkPassphrase,
  MIN_PASSPHRASE_LENGTH,
  MIN_PASSPHRASE_WORDS,
} from './accounts/passphrase-policy';
export { canViewHighRisk, canManageStaff } from './accounts/roles';
export { repositoryFor, createRepository } from './records/record-repository';
export type { RecordRepository } from './records/record-repository';
export type { RecordContent, ViewedRecord, Visible } from './records/record-config';
export type { RecordList, ListOptions } from './records/list-records';
export type { WriteOptions } from './records/update-record';
export { createRecords } from './records/create-records';
export type { NewRecord, CreatedRecord } from './records/create-records';
export { findByIdentifier } from './records/find-by-identifier';
export { recordSyncState } from './records/record-sync-state';
export { appendHistory } from './history/append-history';
export type { HistoryEvent } from './history/append-history';
export { listHistory } from './history/list-history';
export type {
  HistoryChange,
  HistoryEntry,
  HistoryPage,
  HistoryQuery,
} from './history/list-history';
export type { HistorySource } from './history/history-row';
export { rebuildBlindIndexesIfNeeded } from './records/rebuild-blind-indexes';
export { bulkPutSealed } from './records/bulk-put-sealed';
export { onRecordsCommitted } from './records/record-changes';
export type { RecordChange, RecordsCommitted } from './records/record-changes';
export { verifyAuditChain } from './audit/verify-audit-chain';
export { listAuditEntries } from './audit/list-audit-entries';
export { logExport } from './audit/log-export';
export type { AuditQuery, AuditPage } from './audit/list-audit-entries';
export { listStaff, listStaffLogins, mustChangePassphrase } from './accounts/list-staff';
export type { StaffMember } from './accounts/list-staff';
export type { DamageReport } from './encryption/damage-report';
export type { StaffRow, SyncState, OutboxRow } from './db/rows';
export type { KdfCallOptions } from './accounts/derive-or-cancel';
export { onKeyDerivation } from '../crypto/kdf-activity';
export type { KdfState } from '../crypto/kdf-activity';
export type { KeyVault, VaultScheme } from '../crypto/key-vault';
export { passthroughVault } from '../crypto/key-vault';
