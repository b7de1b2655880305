import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '../../../electron/main/settings-store';
import { defaultSettings } from '../../../shared/ipc/contract';

const at = new Date('2025-03-04T05:06:07.089Z');
let dir: string;
let file: string;

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = await mkdtemp(join(tmpdir(), 'settings-'));
  file = join(dir, 'settings.json');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const saved = { locale: 'ar', idleLockMinutes: 5, registryUrl: 'https://registry.example.org/' };

describe('settings store', () => {
  it('starts from the defaults when there is no file yet', async () => {
    const store = createSettingsStore(dir);
    await expect(store.load()).resolves.toEqual(defaultSettings);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reads back what was saved', async () => {
    await writeFile(file, JSON.stringify(saved));
    const store = createSettingsStore(dir);
    await expect(store.load()).resolves.toEqual(saved);
    expect(store.current()).toEqual(saved);
  });

  it.each([
    ['broken JSON', '{"locale": "fr", '],
    ['a value out of range', JSON.stringify({ ...saved, idleLockMinutes: 100000 })],
    ['an unknown locale', JSON.stringify({ ...saved, locale: 'xx' })],
    ['a registry on another scheme', JSON.stringify({ ...saved, registryUrl: 'file:///etc' })],
    ['a missing field', JSON.stringify({ locale: 'fr' })],
    ['an empty file', ''],
  ])('falls back to the defaults on %s and keeps the damaged file aside', async (_name, text) => {
    await writeFile(file, text);
    const store = createSettingsStore(dir, () => at);
    await expect(store.load()).resolves.toEqual(defaultSettings);
    const aside = 'settings.damaged-2025-03-04T05-06-07-089Z.json';
    expect(await readdir(dir)).toEqual([aside]);
    expect(await readFile(join(dir, aside), 'utf8')).toBe(text);
  });

  it('does not overwrite the damaged copy when the user saves again', async () => {
    await writeFile(file, 'garbage');
    const store = createSettingsStore(dir, () => at);
    await store.load();
    await store.update({ locale: 'fr' });
    expect((await readdir(dir)).sort()).toEqual([
      'settings.damaged-2025-03-04T05-06-07-089Z.json',
      'settings.json',
    ]);
    expect(
      await readFile(join(dir, 'settings.damaged-2025-03-04T05-06-07-089Z.json'), 'utf8'),
    ).toBe('garbage');
  });

  it('saves a change so that the next start reads it', async () => {
    const store = createSettingsStore(dir);
    await store.load();
    await expect(store.update({ locale: 'pt' })).resolves.toEqual({
      ...defaultSettings,
      locale: 'pt',
    });
    const next = createSettingsStore(dir);
    await expect(next.load()).resolves.toEqual({ ...defaultSettings, locale: 'pt' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('refuses an invalid change and leaves the file as it was', async () => {
    await writeFile(file, JSON.stringify(saved));
    const store = createSettingsStore(dir);
    await store.load();
    await expect(store.update({ idleLockMinutes: -1 })).rejects.toThrow();
    expect(store.current()).toEqual(saved);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(saved);
  });

  it('ignores keys sent as undefined instead of erasing the setting', async () => {
    await writeFile(file, JSON.stringify(saved));
    const store = createSettingsStore(dir);
    await store.load();
    await expect(store.update({ registryUrl: undefined, locale: 'fr' })).resolves.toEqual({
      ...saved,
      locale: 'fr',
    });
  });

  it('applies changes made at the same time one after the other, losing none', async () => {
    const store = createSettingsStore(dir);
    await store.load();
    await Promise.all([
      store.update({ locale: 'fr' }),
      store.update({ idleLockMinutes: 30 }),
      store.update({ registryUrl: 'https://registry.example.org/' }),
    ]);
    const expected = {
      locale: 'fr',
      idleLockMinutes: 30,
      registryUrl: 'https://registry.example.org/',
    };
    expect(store.current()).toEqual(expected);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(expected);
  });

  it('keeps going after a failed change', async () => {
    const store = createSettingsStore(dir);
    await store.load();
    await expect(store.update({ locale: 'xx' as never })).rejects.toThrow();
    await expect(store.update({ locale: 'ar' })).resolves.toMatchObject({ locale: 'ar' });
  });
});
