import { dialog, type BrowserWindow, type WebContents } from 'electron';
import { join } from 'node:path';
import type { z } from 'zod';
import type { PrintPdfInput, PrintPdfOutput } from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import type { DialogContext } from './file-dialogs';
import { errorKind, mainLog } from './main-log';
import { writeFileAtomic } from './write-file-atomic';

type PrintInput = z.output<typeof PrintPdfInput>;

function showSave(window: BrowserWindow | null, options: Electron.SaveDialogOptions) {
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

/**
 * print:pdf — renders the sender's page with Chromium's print-to-PDF (print media, backgrounds,
 * the page's own @page size when it sets one), asks where to save it, and writes the file
 * atomically (owner-only). Rendering first means a failure is known before the person chooses.
 */
export async function printToPdfWithDialog(
  input: PrintInput,
  sender: WebContents,
  context: DialogContext,
): Promise<IpcResult<z.input<typeof PrintPdfOutput>>> {
  const pdf = await sender.printToPDF({
    pageSize: input.pageSize,
    printBackground: true,
    preferCSSPageSize: true,
  });
  const choice = await showSave(context.window, {
    title: context.t('main.dialog.saveTitle'),
    defaultPath: join(context.defaultDir, input.suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return ok({ outcome: 'cancelled' });
  try {
    await writeFileAtomic(choice.filePath, pdf);
    return ok({ outcome: 'saved', path: choice.filePath });
  } catch (error) {
    mainLog.error('print.save-failed', { error: errorKind(error) });
    return fail('file-unwritable');
  }
}
