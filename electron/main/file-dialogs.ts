import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import {
  MAX_FILE_BYTES,
  type OpenFileInput,
  type OpenFileOutput,
  type SaveFileInput,
  type SaveFileOutput,
} from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import { errorKind, mainLog } from './main-log';
import type { Translate } from './main-translator';
import { writeFileAtomic } from './write-file-atomic';

export interface DialogContext {
  /** The window the dialog belongs to (modal to it); null for a free-standing dialog. */
  window: BrowserWindow | null;
  /** Where the save dialog starts (the user's documents folder). */
  defaultDir: string;
  t: Translate;
}

type SaveInput = z.output<typeof SaveFileInput>;
type OpenInput = z.output<typeof OpenFileInput>;

function showSave(context: DialogContext, options: Electron.SaveDialogOptions) {
  return context.window
    ? dialog.showSaveDialog(context.window, options)
    : dialog.showSaveDialog(options);
}

function showOpen(context: DialogContext, options: Electron.OpenDialogOptions) {
  return context.window
    ? dialog.showOpenDialog(context.window, options)
    : dialog.showOpenDialog(options);
}

/** file:save — asks where to save, then writes the whole file atomically. Cancel is `saved: false`. */
export async function saveFileWithDialog(
  input: SaveInput,
  context: DialogContext,
): Promise<IpcResult<z.input<typeof SaveFileOutput>>> {
  const choice = await showSave(context, {
    title: context.t('main.dialog.saveTitle'),
    defaultPath: join(context.defaultDir, input.suggestedName),
    filters: input.filters satisfies FileFilter[],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return ok({ saved: false });
  try {
    await writeFileAtomic(choice.filePath, input.content);
    return ok({ saved: true });
  } catch (error) {
    mainLog.error('file.save-failed', { error: errorKind(error) });
    return fail('file-unwritable');
  }
}

/** Reads a regular file of at most MAX_FILE_BYTES, checking the size before and after reading. */
async function readLimited(path: string): Promise<IpcResult<Uint8Array<ArrayBuffer>>> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return fail('file-unreadable');
    if (info.size > MAX_FILE_BYTES) return fail('file-too-large');
    const content = await handle.readFile();
    return content.byteLength > MAX_FILE_BYTES ? fail('file-too-large') : ok(content);
  } catch (error) {
    mainLog.error('file.open-failed', { error: errorKind(error) });
    return fail('file-unreadable');
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** file:open — asks for one file and returns its name and bytes; null when the user cancels. */
export async function openFileWithDialog(
  input: OpenInput,
  context: DialogContext,
): Promise<IpcResult<z.input<typeof OpenFileOutput>>> {
  const choice = await showOpen(context, {
    title: context.t('main.dialog.openTitle'),
    filters: input.filters,
    properties: ['openFile'],
  });
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return ok(null);
  const read = await readLimited(path);
  return read.ok ? ok({ name: basename(path), content: read.value }) : read;
}
