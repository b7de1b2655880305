import type { StoreResult } from '../store-error';
import type { Session } from '../session';
import { actorOf } from '../session';
import { checkRev, readRecordRow } from './read-record-row';
import type { RecordConfig, RecordSchema } from './record-config';
import { runRecordWrite } from './run-record-write';
import type { WriteOptions } from './update-record';
import { writeRecord } from './write-record';

/** Deletes a record locally with its `delete` op and audit entry, in one transaction. */
export async function deleteRecord<S extends RecordSchema>(
  session: Session,
  config: RecordConfig<S>,
  id: string,
  options: WriteOptions = {},
): Promise<StoreResult<void>> {
  return runRecordWrite(session, async () => {
    const { row } = await readRecordRow(session, config, id);
    checkRev(row, options.expectedRev);
    await writeRecord(actorOf(session), {
      kind: 'delete',
      recordId: id,
      recordType: config.type,
      before: row,
      after: null,
    });
  });
}
