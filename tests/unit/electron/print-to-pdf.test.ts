import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeIpcEvent } from './fakes/fake-ipc-event';

type Listener = (event: unknown, input: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => ({
  listeners: new Map<string, Listener>(),
  dir: { documents: '' },
  dialog: { showSaveDialog: vi.fn() },
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => electron.listeners.set(channel, listener),
  },
  app: {
    getName: () => 'Diaspora Desk',
    getVersion: () => '0.1.0',
    getPath: () => electron.dir.documents,
  },
  safeStorage: {
    isEncryptionAvailable: () => false,
    getSelectedStorageBackend: () => 'basic_text',
  },
  BrowserWindow: { fromWebContents: () => ({ id: 3 }) },
  dialog: electron.dialog,
}));

const { registerIpcHandlers } = await import('../../../electron/main/ipc-handlers');

/** A PDF as Chromium starts one; the handler must write these bytes unchanged. */
const pdfBytes = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1');

let dir: string;
let printToPDF: ReturnType<typeof vi.fn>;

function call(input: unknown) {
  const listener = electron.listeners.get('print:pdf');
  if (!listener) throw new Error('print:pdf is not registered');
  const event = fakeIpcEvent();
  (event as unknown as { sender: unknown }).sender = { id: 1, printToPDF };
  return listener(event, input);
}

beforeEach(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = await mkdtemp(join(tmpdir(), 'print-'));
  electron.dir.documents = dir;
  electron.listeners.clear();
  electron.dialog.showSaveDialog.mockReset();
  printToPDF = vi.fn(async () => pdfBytes);
  registerIpcHandlers({
    settings: { current: () => ({}), update: async () => ({}) } as never,
    t: (key) => `«${key}»`,
    isAllowedSender: () => true,
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('print:pdf', () => {
  it('prints the sender’s page to PDF and saves it where the person chose', async () => {
    const chosen = join(dir, 'receipt-chosen.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const result = await call({ suggestedName: 'receipt-0195.pdf' });
    expect(result).toEqual({ ok: true, value: { outcome: 'saved', path: chosen } });
    expect(printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(await readFile(chosen)).toEqual(pdfBytes);
    // Owner-only: a receipt names a person.
    expect((await stat(chosen)).mode & 0o777).toBe(0o600);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      { id: 3 },
      expect.objectContaining({
        title: '«main.dialog.saveTitle»',
        defaultPath: join(dir, 'receipt-0195.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    );
  });

  it('writes nothing when the person cancels the dialog', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const result = await call({ suggestedName: 'receipt.pdf', pageSize: 'Letter' });
    expect(result).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter' }));
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses names that are not plain .pdf file names, before printing', async () => {
    for (const suggestedName of ['receipt.txt', '../receipt.pdf', 'a/b.pdf', '']) {
      expect(await call({ suggestedName })).toEqual({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(await call({ suggestedName: 'r.pdf', pageSize: 'A0' })).toEqual({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('answers file-unwritable when the chosen folder cannot be written', async () => {
    const chosen = join(dir, 'missing-folder', 'receipt.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    expect(await call({ suggestedName: 'receipt.pdf' })).toEqual({
      ok: false,
      error: { code: 'file-unwritable' },
    });
  });

  it('answers internal (no dialog) when Chromium fails to print', async () => {
    printToPDF.mockRejectedValue(new Error('Printing failed'));
    expect(await call({ suggestedName: 'receipt.pdf' })).toEqual({
      ok: false,
      error: { code: 'internal' },
    });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
