import type { z } from 'zod';
import type { RecordRow } from '../db/rows';
import { StoreFailure } from '../store-error';
import type { Session } from '../session';
import type { RecordConfig, RecordSchema } from './record-config';
import { validateRecord } from './validate-record';

/**
 * Reads one record of the config's type inside the current transaction: `not-found` when absent
 * or of another type, `damaged-record` when its ciphertext failed (it is being quarantined).
 */
export async function readRecordRow<S extends RecordSchema>(
  session: Session,
  config: RecordConfig<S>,
  id: string,
): Promise<{ row: RecordRow; record: z.output<S> }> {
  const { db, quarantine } = session.store;
  const row = await db.records.get(id);
  if (!row) {
    const code = quarantine.wasDamaged('records', id) ? 'damaged-record' : 'not-found';
    throw new StoreFailure({ code });
  }
  if (row.type !== config.type) throw new StoreFailure({ code: 'not-found' });
  const { syncState: _syncState, ...fields } = row;
  return { row, record: validateRecord(config.schema, fields) };
}

export function checkRev(row: RecordRow, expectedRev: number | undefined): void {
  if (expectedRev !== undefined && row.rev !== expectedRev) {
    throw new StoreFailure({ code: 'rev-conflict' });
  }
}
