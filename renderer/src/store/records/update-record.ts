import type { z } from 'zod';
import { isoAt } from '../clock';
import type { StoreResult } from '../store-error';
import type { Session } from '../session';
import { actorOf } from '../session';
import { blindIndexesOf } from './blind-indexes';
import { checkRev, readRecordRow } from './read-record-row';
import type { RecordConfig, RecordContent, RecordSchema } from './record-config';
import { inTransaction, runRecordWrite } from './run-record-write';
import { validateRecord } from './validate-record';
import { writeRecord } from './write-record';

export interface WriteOptions {
  /** The rev the edit started from; a different stored rev fails with `rev-conflict`. */
  readonly expectedRev?: number;
}

/**
 * Applies a patch of top-level fields (a field set to undefined is cleared), validates the whole
 * record and stores it with rev + 1, its `update` op (only the fields that changed) and its audit
 * entry, in one transaction. A patch that changes nothing writes nothing.
 */
export async function updateRecord<S extends RecordSchema>(
  session: Session,
  config: RecordConfig<S>,
  id: string,
  patch: Partial<RecordContent<S>>,
  options: WriteOptions = {},
): Promise<StoreResult<z.output<S>>> {
  return runRecordWrite(session, async () => {
    const { row, record: before } = await readRecordRow(session, config, id);
    checkRev(row, options.expectedRev);
    const envelope = {
      id: row.id,
      type: row.type,
      officeId: row.officeId,
      createdAt: row.createdAt,
      updatedAt: isoAt(session.store.clock),
      rev: row.rev + 1,
    };
    const after = validateRecord(config.schema, { ...before, ...patch, ...envelope });
    const write = {
      kind: 'update' as const,
      recordId: id,
      recordType: config.type,
      before: row,
      after,
      blindIndexes: await inTransaction(blindIndexesOf(session, config, after)),
    };
    const op = await writeRecord(actorOf(session), write, { skipIfUnchanged: true });
    return op ? after : before;
  });
}
