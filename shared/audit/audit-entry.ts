import { z } from 'zod';
import { RecordId } from '../domain/record-id';
import { recordTypes } from '../domain/record-envelope';
import { Timestamp } from '../domain/timestamp';

/** What the audit log records. Ids only: an entry never holds personal data. */
export const auditActions = [
  'login',
  'login-failed',
  'logout',
  'lock',
  'create',
  'update',
  'delete',
  'view-high-risk',
  'export',
  'passphrase-change',
  'recovery-used',
  'recovery-key-rotated',
  'staff-add',
  'staff-disable',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const SHA256_HEX = /^[0-9a-f]{64}$/;
/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** An entry as hashed: everything but its own hash, the previous entry's hash included. */
export const AuditBody = z.strictObject({
  seq: z.int().min(1),
  at: Timestamp,
  action: z.enum(auditActions),
  officeId: RecordId,
  deviceId: z.uuid(),
  userId: RecordId.nullable(),
  recordId: RecordId.nullable(),
  recordType: z.enum(recordTypes).nullable(),
  prevHash: z.string().regex(SHA256_HEX),
});
export type AuditBody = z.output<typeof AuditBody>;

export const AuditEntry = z.strictObject({
  ...AuditBody.shape,
  hash: z.string().regex(SHA256_HEX),
});
export type AuditEntry = z.output<typeof AuditEntry>;

/** The last entry's seq and hash, kept apart from the log so a cut-off tail shows. */
export const AuditHead = z.strictObject({
  seq: z.int().min(0),
  hash: z.string().regex(SHA256_HEX),
});
export type AuditHead = z.output<typeof AuditHead>;
