import type { RecordType } from '../../../../shared/domain/record-envelope';
import { runRecordWrite } from '../records/run-record-write';
import type { StoreResult } from '../store-error';
import { actorOf, type Session } from '../session';
import { appendAudit } from './append-audit';

/** Logs that a record left the app (a printed sheet, a PDF, a file): who, which record, when. */
export function logExport(
  session: Session,
  recordId: string,
  recordType: RecordType,
): Promise<StoreResult<void>> {
  return runRecordWrite(session, async () => {
    await appendAudit(actorOf(session), { action: 'export', recordId, recordType });
  });
}
