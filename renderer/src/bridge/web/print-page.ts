import { ok, type IpcResult } from '../../../../shared/ipc/result';
import type { ChannelOutput } from '../../../../shared/ipc/contract';

/** Opens the browser's print dialog for the page (window.print), where it can be saved as PDF. */
export type PrintPage = () => void;

/** print:pdf in the web bridge: the browser's own print dialog; the browser decides the rest. */
export function printPage(print: PrintPage): IpcResult<ChannelOutput<'print:pdf'>> {
  print();
  return ok({ outcome: 'print-dialog' });
}
