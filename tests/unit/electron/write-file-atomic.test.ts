import * as fs from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return { ...real, rename: vi.fn(real.rename) };
});

const { writeFileAtomic } = await import('../../../electron/main/write-file-atomic');
const rename = vi.mocked(fs.rename);

let dir: string;
let target: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-'));
  target = join(dir, 'export.csv');
  await writeFile(target, 'old content');
  rename.mockClear();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the whole content to a temporary file beside the target, then renames it', async () => {
    let seenAtRename: { target: string; temp: string } | undefined;
    rename.mockImplementationOnce(async (from, to) => {
      seenAtRename = {
        target: await readFile(String(to), 'utf8'),
        temp: await readFile(String(from), 'utf8'),
      };
      expect(dirname(String(from))).toBe(dir);
      expect(String(to)).toBe(target);
      const real = await vi.importActual<typeof FsPromises>('node:fs/promises');
      return real.rename(from, to);
    });
    await writeFileAtomic(target, 'new content');
    expect(seenAtRename).toEqual({ target: 'old content', temp: 'new content' });
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it('writes bytes as they are', async () => {
    await writeFileAtomic(target, new Uint8Array([0, 255, 10, 13]));
    expect([...(await readFile(target))]).toEqual([0, 255, 10, 13]);
  });

  it('leaves the previous file whole and no temporary file when the write fails', async () => {
    rename.mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    await expect(writeFileAtomic(target, 'half-written')).rejects.toThrow('disk full');
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it('fails when the folder does not exist, creating nothing', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.csv'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it.skipIf(process.platform === 'win32')(
    'creates files readable by their owner only',
    async () => {
      const fresh = join(dir, 'fresh.json');
      await writeFileAtomic(fresh, '{}');
      expect((await stat(fresh)).mode & 0o777).toBe(0o600);
    },
  );
});
