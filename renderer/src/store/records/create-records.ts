import { v7 as uuidv7 } from 'uuid';
import type { EnvelopeField, RecordType } from '../../../../shared/domain/record-envelope';
import type { RecordInputOf, RecordOf } from '../../../../shared/domain/record-schemas';
import { isoAt } from '../clock';
import type { StoreResult } from '../store-error';
import { catchStoreFailure, StoreFailure } from '../store-error';
import type { Session } from '../session';
import { actorOf, requireSession } from '../session';
import { blindIndexesOf } from './blind-indexes';
import { repositoryFor } from './record-repository';
import { inRecordTransaction, inTransaction } from './run-record-write';
import { validateRecord } from './validate-record';
import { writeRecord } from './write-record';

/** One record to create: its type, its fields, and optionally an id reserved for it. */
export type NewRecord = {
  [T in RecordType]: {
    readonly type: T;
    readonly content: Omit<RecordInputOf<T>, EnvelopeField>;
    /** An id from `reserveId`, so other records of the same call can refer to this one. */
    readonly id?: string;
  };
}[RecordType];

export type CreatedRecord = { [T in RecordType]: RecordOf<T> }[RecordType];

/**
 * Creates several records atomically: each with its `create` op and audit entry, all in one
 * transaction, so a failure (an invalid record, a full disk) leaves none of them. `plan` gets
 * `reserveId`, which hands out store-made ids (UUIDv7) for records that others point to, such as
 * a person and its consents. Returns the records in the order planned. Called inside an
 * {@link inRecordTransaction}, it joins that transaction (so it commits with the caller's writes).
 */
export async function createRecords(
  session: Session,
  plan: (reserveId: () => string) => readonly NewRecord[],
): Promise<StoreResult<CreatedRecord[]>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    const reserved = new Set<string>();
    const planned = plan(() => {
      const id = uuidv7();
      reserved.add(id);
      return id;
    });
    const now = isoAt(session.store.clock);
    const prepared = await Promise.all(
      planned.map(async (entry) => {
        if (entry.id !== undefined && !reserved.delete(entry.id)) {
          throw new StoreFailure({
            code: 'invalid-record',
            issues: [{ path: ['id'], code: 'invalid-uuid' }],
          });
        }
        const { config } = repositoryFor(entry.type);
        const envelope = {
          id: entry.id ?? uuidv7(),
          type: entry.type,
          officeId: session.officeId,
          createdAt: now,
          updatedAt: now,
          rev: 1,
        };
        const record = validateRecord(config.schema, { ...entry.content, ...envelope });
        return {
          record,
          type: entry.type,
          // Inside a caller's transaction (see saveEditedMember), WebCrypto must not end it.
          blindIndexes: await inTransaction(blindIndexesOf(session, config, record)),
        };
      }),
    );
    await inRecordTransaction(session, async () => {
      const actor = actorOf(session);
      // One after another: each write advances the op stamp and the audit head.
      for (const { record, type, blindIndexes } of prepared) {
        await writeRecord(actor, {
          kind: 'create',
          recordId: record.id,
          recordType: type,
          before: null,
          after: record,
          blindIndexes,
        });
      }
    });
    return prepared.map(({ record }) => record as CreatedRecord);
  });
}
