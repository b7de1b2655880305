import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { isoAt } from '../clock';
import type { StoreResult } from '../store-error';
import { catchStoreFailure } from '../store-error';
import type { Session } from '../session';
import { actorOf, requireSession } from '../session';
import { blindIndexesOf } from './blind-indexes';
import type { RecordConfig, RecordContent, RecordSchema } from './record-config';
import { inRecordTransaction } from './run-record-write';
import { validateRecord } from './validate-record';
import { writeRecord } from './write-record';

/**
 * Validates and stores a new record (rev 1, id a fresh UUIDv7) with its `create` op and audit
 * entry in one transaction. The envelope is always the store's: a caller cannot set it.
 */
export async function createRecord<S extends RecordSchema>(
  session: Session,
  config: RecordConfig<S>,
  content: RecordContent<S>,
): Promise<StoreResult<z.output<S>>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    const now = isoAt(session.store.clock);
    const envelope = {
      id: uuidv7(),
      type: config.type,
      officeId: session.officeId,
      createdAt: now,
      updatedAt: now,
      rev: 1,
    };
    const record = validateRecord(config.schema, { ...content, ...envelope });
    // Nothing to read first, so the HMACs are made before the transaction opens.
    const blindIndexes = await blindIndexesOf(session, config, record);
    await inRecordTransaction(session, () =>
      writeRecord(actorOf(session), {
        kind: 'create',
        recordId: record.id,
        recordType: config.type,
        before: null,
        after: record,
        blindIndexes,
      }),
    );
    return record;
  });
}
