import type { AuditEntry } from '../../../../shared/audit/audit-entry';
import type { RecordType } from '../../../../shared/domain/record-envelope';
import type { StaffRole } from '../../../../shared/domain/staff-user';
import type { Op } from '../../../../shared/sync/op';

export const syncStates = ['pending', 'synced', 'conflict'] as const;
export type SyncState = (typeof syncStates)[number];

/**
 * A record as the app reads and writes it through `db.records`: the domain record plus its sync
 * state. At rest only {@link recordClearFields} stay in clear; everything else is sealed.
 */
export interface RecordRow {
  id: string;
  type: RecordType;
  officeId: string;
  createdAt: string;
  updatedAt: string;
  rev: number;
  syncState: SyncState;
  [field: string]: unknown;
}

/** The fields of a record that stay in clear: ids, type, timestamps, rev, sync state. */
export const recordClearFields = [
  'id',
  'type',
  'officeId',
  'createdAt',
  'updatedAt',
  'rev',
  'syncState',
] as const;

/** An outbox entry as the app sees it: the op plus its local queue position. */
export interface OutboxRow extends Op {
  seq?: number;
}

/** The op fields that stay in clear in the outbox (no field values among them). */
export const outboxClearFields = [
  'seq',
  'opId',
  'recordId',
  'recordType',
  'kind',
  'deviceSeq',
] as const;

/** What a sealed table holds at rest: the clear fields, the IV and the ciphertext. */
export interface SealedRow {
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
  [clearField: string]: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const staffStatuses = ['active', 'disabled'] as const;
export type StaffStatus = (typeof staffStatuses)[number];

/**
 * A staff login: what unlock needs before any key exists. The person's display name lives in
 * the encrypted `staff-user` record with the same id; the wrapped key lives in meta.
 */
export interface StaffRow {
  id: string;
  username: string;
  role: StaffRole;
  status: StaffStatus;
  mustChangePassphrase: boolean;
  createdAt: string;
  updatedAt: string;
}

export type AuditRow = AuditEntry;

export type QuarantineReason = 'decrypt-failed' | 'malformed-row' | 'malformed-payload';

/** A sealed row that failed to open, moved aside with why. Kept as stored, for repair. */
export interface QuarantineRow {
  qid?: number;
  table: string;
  key: string | number;
  reason: QuarantineReason;
  quarantinedAt: string;
  row: unknown;
}

/** One exact-match identifier of a record, as an HMAC (see crypto/blind-index). */
export interface BlindIndexRow {
  hash: string;
  recordId: string;
  recordType: RecordType;
}
