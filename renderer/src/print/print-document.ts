import type { RecordType } from '../../../shared/domain/record-envelope';
import type { PrintPdfOutput } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { getDesktop } from '../bridge/desktop';
import { logExport, type Session } from '../store';

export interface PrintRequest {
  /** A plain `.pdf` file name offered in the save dialog. */
  readonly suggestedName: string;
  /** The record the printed page shows: the export is logged against it. */
  readonly recordId: string;
  readonly recordType: RecordType;
}

/**
 * Prints the current page to PDF through the desktop API (Electron: print-to-PDF and a save
 * dialog; web bridge: the browser's print dialog) and logs the export in the audit log unless the
 * person cancelled. A failure to log does not undo the file; it is reported to the console by id.
 */
export async function printDocument(
  session: Session,
  request: PrintRequest,
): Promise<IpcResult<PrintPdfOutput>> {
  const result = await getDesktop().print.pdf({ suggestedName: request.suggestedName });
  if (result.ok && result.value.outcome !== 'cancelled') {
    const logged = await logExport(session, request.recordId, request.recordType);
    if (!logged.ok) console.warn('print: export not logged', request.recordId, logged.error.code);
  }
  return result;
}
