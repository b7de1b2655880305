import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
}));
vi.mock('electron', () => electron);

const { openFileWithDialog, saveFileWithDialog } =
  await import('../../../electron/main/file-dialogs');

const t = (key: string) => `«${key}»`;
const window = { id: 7 } as never;
let dir: string;

beforeEach(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  dir = await mkdtemp(join(tmpdir(), 'dialogs-'));
  electron.dialog.showSaveDialog.mockReset();
  electron.dialog.showOpenDialog.mockReset();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const saveInput = (content: string | Uint8Array<ArrayBuffer>) => ({
  suggestedName: 'members.csv',
  mimeType: 'text/csv',
  content,
  filters: [{ name: 'CSV', extensions: ['csv'] }],
});

describe('file:save', () => {
  it('asks where to save, with a translated title, modal to the window', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveFileWithDialog(saveInput('a'), { window, defaultDir: dir, t });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: '«main.dialog.saveTitle»',
        defaultPath: join(dir, 'members.csv'),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      }),
    );
  });

  it('writes the text where the user chose', async () => {
    const chosen = join(dir, 'export.csv');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const result = await saveFileWithDialog(saveInput('name;city\nAmina;Lyon\n'), {
      window: null,
      defaultDir: dir,
      t,
    });
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(await readFile(chosen, 'utf8')).toBe('name;city\nAmina;Lyon\n');
    // No window: a free-standing dialog, options as the only argument.
    expect(electron.dialog.showSaveDialog.mock.calls[0]).toHaveLength(1);
  });

  it('writes bytes unchanged', async () => {
    const chosen = join(dir, 'report.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await saveFileWithDialog(saveInput(new Uint8Array([37, 80, 68, 70, 0, 255])), {
      window,
      defaultDir: dir,
      t,
    });
    expect([...(await readFile(chosen))]).toEqual([37, 80, 68, 70, 0, 255]);
  });

  it('reports a cancel as not saved and writes nothing', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const result = await saveFileWithDialog(saveInput('a'), { window, defaultDir: dir, t });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a folder that cannot be written as file-unwritable', async () => {
    const chosen = join(dir, 'no-such-folder', 'export.csv');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const result = await saveFileWithDialog(saveInput('a'), { window, defaultDir: dir, t });
    expect(result).toEqual({ ok: false, error: { code: 'file-unwritable' } });
  });
});

describe('file:open', () => {
  const open = (path: string) => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    return openFileWithDialog({ filters: [] }, { window, defaultDir: dir, t });
  };

  it('asks for one file with a translated title', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await openFileWithDialog(
      { filters: [{ name: 'Bundles', extensions: ['ddb'] }] },
      { window, defaultDir: dir, t },
    );
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      title: '«main.dialog.openTitle»',
      filters: [{ name: 'Bundles', extensions: ['ddb'] }],
      properties: ['openFile'],
    });
  });

  it('returns null when the user cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(
      openFileWithDialog({ filters: [] }, { window, defaultDir: dir, t }),
    ).resolves.toEqual({
      ok: true,
      value: null,
    });
  });

  it('returns the file name and bytes', async () => {
    const path = join(dir, 'import.csv');
    await writeFile(path, 'a;b\n');
    const result = await open(path);
    expect(result.ok && result.value?.name).toBe('import.csv');
    expect(result.ok && Buffer.from(result.value?.content ?? []).toString()).toBe('a;b\n');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(dir, 'huge.bin');
    await writeFile(path, '');
    await truncate(path, MAX_FILE_BYTES + 1);
    await expect(open(path)).resolves.toEqual({ ok: false, error: { code: 'file-too-large' } });
  });

  it('accepts a file of exactly the limit', async () => {
    const path = join(dir, 'limit.bin');
    await writeFile(path, '');
    await truncate(path, MAX_FILE_BYTES);
    const result = await open(path);
    expect(result.ok && result.value?.content.byteLength).toBe(MAX_FILE_BYTES);
  });

  it('reports a folder or a vanished file as file-unreadable', async () => {
    await mkdir(join(dir, 'folder'));
    await expect(open(join(dir, 'folder'))).resolves.toEqual({
      ok: false,
      error: { code: 'file-unreadable' },
    });
    await expect(open(join(dir, 'gone.csv'))).resolves.toEqual({
      ok: false,
      error: { code: 'file-unreadable' },
    });
  });
});
