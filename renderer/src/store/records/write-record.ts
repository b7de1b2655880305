import { v7 as uuidv7 } from 'uuid';
import { envelopeFields } from '../../../../shared/domain/record-envelope';
import type { RecordType } from '../../../../shared/domain/record-envelope';
import type { Op, OpKind } from '../../../../shared/sync/op';
import { OP_FORMAT_VERSION } from '../../../../shared/sync/op';
import { appendAudit } from '../audit/append-audit';
import { isoAt } from '../clock';
import { appendHistory } from '../history/append-history';
import type { RecordRow } from '../db/rows';
import { diffFields } from '../outbox/diff-fields';
import { stampOp } from '../outbox/stamp-op';
import type { Actor } from '../session';

const notDiffed = new Set<string>([...envelopeFields, 'syncState']);

/** The tables a record write touches; open a rw transaction over all of them. */
export const recordWriteTables = [
  'records',
  'outbox',
  'meta',
  'audit',
  'blindIndex',
  'history',
] as const;

export interface RecordWrite {
  readonly kind: Extract<OpKind, 'create' | 'update' | 'delete'>;
  readonly recordId: string;
  readonly recordType: RecordType;
  /** The record before (null for a create). */
  readonly before: RecordRow | null;
  /** The record after, envelope included (null for a delete). */
  readonly after: object | null;
  /** The record's blind indexes after the write (see blind-indexes.ts); omitted = unchanged. */
  readonly blindIndexes?: readonly string[];
}

/**
 * Writes a record change, its outbox op, its history entry and its audit entry. Call inside one rw transaction over
 * {@link recordWriteTables}: the three commit together or not at all. With `skipIfUnchanged`, an
 * update that changes no field writes nothing and returns null. Several writes in one
 * transaction must run one after another (each advances the op stamp and the audit head).
 */
export async function writeRecord(
  actor: Actor & { staffId: string },
  write: RecordWrite,
  options: { skipIfUnchanged?: boolean } = {},
): Promise<Op | null> {
  const { db } = actor.store;
  // A delete carries no values: the registry has them, and an erasure must not re-send them.
  const after = write.after as Record<string, unknown> | null;
  const changes = after ? diffFields(write.before, after, notDiffed) : {};
  if (options.skipIfUnchanged && after && Object.keys(changes).length === 0) return null;
  const stampAndQueue = async (): Promise<Op> => {
    const { hlc, deviceSeq } = await stampOp(actor);
    const op: Op = {
      opId: uuidv7(),
      recordId: write.recordId,
      recordType: write.recordType,
      kind: write.kind,
      baseRev: write.before?.rev ?? 0,
      changes,
      hlc,
      deviceId: actor.deviceId,
      officeId: actor.officeId,
      userId: actor.staffId,
      formatVersion: OP_FORMAT_VERSION,
      deviceSeq,
    };
    await db.outbox.add(op);
    // The op is deleted once synced; its history entry stays (who, when, from → to).
    await appendHistory(db, {
      recordId: op.recordId,
      recordType: op.recordType,
      kind: op.kind,
      at: isoAt(actor.store.clock),
      userId: op.userId,
      changes,
      source: 'local',
      opId: op.opId,
    });
    return op;
  };
  // Independent writes of one transaction, all started at once so their requests, sealing and
  // hashing overlap (only the op waits for its stamp). Promise.all sees every failure.
  const [op] = await Promise.all([
    stampAndQueue(),
    after
      ? db.records.put({ ...after, syncState: 'pending' } as RecordRow)
      : db.records.delete(write.recordId),
    writeBlindIndexes(actor, write, after === null),
    appendAudit(actor, {
      action: write.kind,
      recordId: write.recordId,
      recordType: write.recordType,
    }),
  ]);
  return op;
}

async function writeBlindIndexes(
  actor: Actor,
  write: RecordWrite,
  deleted: boolean,
): Promise<void> {
  if (write.blindIndexes === undefined && !deleted) return;
  const { db } = actor.store;
  if (write.before) await db.blindIndex.where('recordId').equals(write.recordId).delete();
  const rows = (write.blindIndexes ?? []).map((hash) => ({
    hash,
    recordId: write.recordId,
    recordType: write.recordType,
  }));
  if (rows.length > 0) await db.blindIndex.bulkPut(rows);
}
