import Dexie from 'dexie';
import { hashAuditBody } from '../../../../shared/audit/audit-chain';
import type { AuditAction, AuditBody, AuditEntry } from '../../../../shared/audit/audit-entry';
import { GENESIS_HASH } from '../../../../shared/audit/audit-entry';
import type { RecordType } from '../../../../shared/domain/record-envelope';
import { sha256Hex } from '../../crypto/bytes';
import { isoAt } from '../clock';
import { metaEntries, readMeta, writeMeta } from '../db/meta';
import { whileAlive } from '../encryption/keep-alive';
import type { Actor } from '../session';

export interface AuditEvent {
  readonly action: AuditAction;
  readonly recordId?: string | null;
  readonly recordType?: RecordType | null;
  /** Overrides the actor's staff id (a failed login names the account tried). */
  readonly userId?: string | null;
}

/**
 * Appends one entry to the hash chain. Must run inside a read-write transaction over `audit` and
 * `meta`, so the entry commits or aborts with the change it records. The chain head (last seq and
 * hash) is kept in meta beside the log, so an entry cut from the end shows too.
 */
export async function appendAudit(actor: Actor, event: AuditEvent): Promise<AuditEntry> {
  const { db, clock } = actor.store;
  const trans = Dexie.currentTransaction;
  if (!trans || trans.mode !== 'readwrite') throw new Error('appendAudit needs a rw transaction');
  const head = (await readMeta(db, metaEntries.auditHead, 'storage-failed')) ?? {
    seq: 0,
    hash: GENESIS_HASH,
  };
  const body: AuditBody = {
    seq: head.seq + 1,
    at: isoAt(clock),
    action: event.action,
    officeId: actor.officeId,
    deviceId: actor.deviceId,
    userId: event.userId === undefined ? actor.staffId : event.userId,
    recordId: event.recordId ?? null,
    recordType: event.recordType ?? null,
    prevHash: head.hash,
  };
  const hash = await whileAlive(trans.idbtrans, hashAuditBody(body, sha256Hex));
  const entry: AuditEntry = { ...body, hash };
  await db.audit.add(entry);
  await writeMeta(db, metaEntries.auditHead, { seq: entry.seq, hash });
  return entry;
}
