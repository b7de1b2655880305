import type { z } from 'zod';
import { canViewHighRisk } from '../accounts/roles';
import { appendAudit } from '../audit/append-audit';
import type { StoreResult } from '../store-error';
import type { Session } from '../session';
import { actorOf } from '../session';
import { readRecordRow } from './read-record-row';
import type { RecordConfig, RecordSchema, ViewedRecord, Visible } from './record-config';
import { runRecordWrite } from './run-record-write';
import { fieldsOf, withoutFields } from './visible-fields';

/**
 * Opens one record for the session's role. Roles allowed high-risk fields see them and the read
 * is logged (`view-high-risk`, in the same transaction, only when such a field holds something);
 * other roles get the record without them.
 */
export async function getRecord<S extends RecordSchema>(
  session: Session,
  config: RecordConfig<S>,
  id: string,
): Promise<StoreResult<ViewedRecord<z.output<S>>>> {
  const highRisk = fieldsOf(config.sensitivity, 'high-risk');
  return runRecordWrite(session, async () => {
    const { record } = await readRecordRow(session, config, id);
    const { record: visible, removed } = withoutFields(record, highRisk);
    if (!canViewHighRisk(session.role)) return { record: visible, hiddenFields: removed };
    if (removed.length > 0) {
      await appendAudit(actorOf(session), {
        action: 'view-high-risk',
        recordId: id,
        recordType: config.type,
      });
    }
    return { record: record as Visible<z.output<S>>, hiddenFields: [] };
  });
}
