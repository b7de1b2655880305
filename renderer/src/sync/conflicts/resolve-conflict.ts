import { v7 as uuidv7 } from 'uuid';
import type { Json } from '../../../../shared/sync/json';
import type { Op } from '../../../../shared/sync/op';
import { OP_FORMAT_VERSION } from '../../../../shared/sync/op';
import { DELETED_FIELD } from '../../../../shared/sync/merge/record-state';
import { appendAudit } from '../../store/audit/append-audit';
import { appendHistory } from '../../store/history/append-history';
import { isoAt } from '../../store/clock';
import { stampOp } from '../../store/outbox/stamp-op';
import { inRecordTransaction, inTransaction } from '../../store/records/run-record-write';
import type { Session } from '../../store/session';
import { actorOf } from '../../store/session';
import { SyncFailure } from '../sync-failure';
import { syncTables } from '../sync-tables';
import { openConflict, sealConflict } from './conflict-seal';

/** What a person chose: the registry's value, the incoming one, or a value they merged. */
export type ConflictChoice =
  | { readonly kind: 'keep-registry' }
  | { readonly kind: 'use-incoming' }
  | { readonly kind: 'value'; readonly value: Json };

/**
 * Queues a `resolve` op for one conflict and shows the chosen value at once, in one transaction
 * with its audit entry and history. The op's `from` is the value this desk shows, so the
 * registry refuses to overwrite a value that changed meanwhile and raises a fresh conflict.
 */
export async function resolveConflict(
  session: Session,
  conflictId: string,
  choice: ConflictChoice,
): Promise<void> {
  const { db, keyring } = session.store;
  const { conflicts } = syncTables(db);
  await inRecordTransaction(session, async () => {
    const row = await conflicts.get(conflictId);
    const conflict = row && (await inTransaction(openConflict(keyring.dataKey(), row)));
    if (!conflict || row.status !== 'open') throw new SyncFailure('bad-response');
    const to = choiceValue(conflict, choice);
    const record = await db.records.get(conflict.recordId);
    const field = conflict.field;
    const from: Json =
      field === DELETED_FIELD ? record === undefined : ((record?.[field] ?? null) as Json);
    const actor = actorOf(session);
    const { hlc, deviceSeq } = await stampOp(actor);
    const op: Op = {
      opId: uuidv7(),
      recordId: conflict.recordId,
      recordType: conflict.recordType,
      kind: 'resolve',
      baseRev: record?.rev ?? conflict.rev,
      changes: { [field]: { from, to } },
      hlc,
      deviceId: actor.deviceId,
      officeId: actor.officeId,
      userId: actor.staffId,
      formatVersion: OP_FORMAT_VERSION,
      deviceSeq,
      conflictId,
    };
    const sealed = await inTransaction(sealConflict(keyring.dataKey(), conflict, 'resolving'));
    await Promise.all([
      db.outbox.add(op),
      conflicts.put(sealed),
      showChoice(session, conflict.recordId, field, to),
      appendAudit(actor, { action: 'update', recordId: op.recordId, recordType: op.recordType }),
    ]);
    await appendHistory(db, {
      recordId: op.recordId,
      recordType: op.recordType,
      kind: 'resolve',
      at: isoAt(session.store.clock),
      userId: actor.staffId,
      changes: op.changes,
      source: 'local',
      opId: op.opId,
    });
  }, ['syncConflicts']);
}

function choiceValue(conflict: { registry: Json; incoming: Json }, choice: ConflictChoice): Json {
  switch (choice.kind) {
    case 'keep-registry':
      return conflict.registry;
    case 'use-incoming':
      return conflict.incoming;
    case 'value':
      return choice.value;
  }
}

async function showChoice(session: Session, recordId: string, field: string, to: Json) {
  const { db } = session.store;
  if (field === DELETED_FIELD) {
    if (to === true) await db.records.delete(recordId);
    return;
  }
  const record = await db.records.get(recordId);
  if (!record) return;
  const next: Record<string, unknown> = { ...record, syncState: 'pending' };
  if (to === null) delete next[field];
  else next[field] = to;
  await db.records.put(next as typeof record);
}
