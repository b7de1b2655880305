import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, defaultSettings } from '../../../shared/ipc/contract';
import {
  createWebBridge,
  type WebBridgeDeps,
} from '../../../renderer/src/bridge/web/create-web-bridge';
import type { PickedFile } from '../../../renderer/src/bridge/web/open-file';
import { settingsStorageKey } from '../../../renderer/src/bridge/web/settings-storage';
import { webAppInfo } from '../../../renderer/src/bridge/web/web-app-info';
import packageJson from '../../../package.json';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

function pickedFile(name: string, bytes: Uint8Array, size = bytes.byteLength): PickedFile {
  return { name, size, arrayBuffer: async () => bytes.slice().buffer };
}

function bridge(overrides: Partial<WebBridgeDeps> = {}) {
  const downloads: { blob: Blob; fileName: string }[] = [];
  const storage = memoryStorage();
  const api = createWebBridge({
    appInfo: webAppInfo,
    storage,
    download: (blob, fileName) => downloads.push({ blob, fileName }),
    pickFile: async () => null,
    ...overrides,
  });
  return { api, downloads, storage };
}

describe('web bridge app:info', () => {
  it('reports the package version, the web platform and a passphrase-only vault', async () => {
    const { api } = bridge();
    expect(await api.app.info()).toEqual({
      ok: true,
      value: {
        name: 'Diaspora Desk',
        version: packageJson.version,
        platform: 'web',
        vault: 'passphrase-only',
      },
    });
  });

  it('refuses an answer that breaks the contract instead of passing it on', async () => {
    const broken = { ...webAppInfo, platform: 'mainframe' } as unknown as typeof webAppInfo;
    const { api } = bridge({ appInfo: broken });
    expect(await api.app.info()).toEqual({ ok: false, error: { code: 'invalid-output' } });
  });
});

describe('web bridge settings', () => {
  it('starts from the defaults and keeps a saved change across bridges', async () => {
    const storage = memoryStorage();
    const first = bridge({ storage }).api;
    expect(await first.settings.get()).toEqual({ ok: true, value: defaultSettings });

    const saved = await first.settings.set({ locale: 'ar', idleLockMinutes: 15 });
    expect(saved).toEqual({
      ok: true,
      value: { ...defaultSettings, locale: 'ar', idleLockMinutes: 15 },
    });

    const second = bridge({ storage }).api;
    expect(await second.settings.get()).toEqual(saved);
  });

  it('refuses invalid values and leaves the stored settings alone', async () => {
    const { api, storage } = bridge();
    await api.settings.set({ idleLockMinutes: 20 });
    for (const change of [
      { idleLockMinutes: 0 },
      { idleLockMinutes: 241 },
      { idleLockMinutes: 2.5 },
    ]) {
      expect(await api.settings.set(change)).toEqual({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(await api.settings.set({ locale: 'de' } as never)).toEqual({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(JSON.parse(storage.items.get(settingsStorageKey)!).idleLockMinutes).toBe(20);
  });

  it('falls back to the defaults when the stored value is damaged', async () => {
    for (const damaged of ['{not json', '42', 'null', '[]']) {
      const storage = memoryStorage({ [settingsStorageKey]: damaged });
      expect(await bridge({ storage }).api.settings.get()).toEqual({
        ok: true,
        value: defaultSettings,
      });
    }
  });

  it('keeps the undamaged fields of a partly damaged value', async () => {
    const stored = JSON.stringify({ locale: 'fr', idleLockMinutes: -3, registryUrl: 'ftp://x' });
    const storage = memoryStorage({ [settingsStorageKey]: stored });
    expect(await bridge({ storage }).api.settings.get()).toEqual({
      ok: true,
      value: { ...defaultSettings, locale: 'fr' },
    });
  });

  it('answers with an error code when the storage throws', async () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(await bridge({ storage }).api.settings.set({ locale: 'pt' })).toEqual({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('web bridge file:save', () => {
  it('downloads text under the suggested name with its type', async () => {
    const { api, downloads } = bridge();
    const result = await api.file.save({
      suggestedName: 'settings.json',
      mimeType: 'application/json',
      content: '{"a":1}',
    });
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toBe('settings.json');
    expect(downloads[0]!.blob.type).toBe('application/json');
    expect(await downloads[0]!.blob.text()).toBe('{"a":1}');
  });

  it('downloads bytes unchanged', async () => {
    const { api, downloads } = bridge();
    const bytes = new Uint8Array([0, 1, 2, 255]);
    await api.file.save({
      suggestedName: 'data.bin',
      mimeType: 'application/octet-stream',
      content: bytes,
    });
    expect(new Uint8Array(await downloads[0]!.blob.arrayBuffer())).toEqual(bytes);
  });

  it('refuses file names with folders or control characters, and downloads nothing', async () => {
    const { api, downloads } = bridge();
    for (const suggestedName of ['../evil.json', 'a/b.json', 'C:\\x.json', 'bad\u0000.json', '']) {
      const result = await api.file.save({ suggestedName, mimeType: 'text/plain', content: 'x' });
      expect(result).toEqual({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(downloads).toHaveLength(0);
  });
});

describe('web bridge file:open', () => {
  it('asks the picker for the filter extensions and returns the chosen file', async () => {
    let askedFor = '';
    const bytes = new TextEncoder().encode('{"x":1}');
    const { api } = bridge({
      pickFile: async (accept) => {
        askedFor = accept;
        return pickedFile('x.json', bytes);
      },
    });
    const result = await api.file.open({
      filters: [
        { name: 'Settings', extensions: ['json'] },
        { name: 'Tables', extensions: ['csv', 'xlsx'] },
      ],
    });
    expect(askedFor).toBe('.json,.csv,.xlsx');
    expect(result).toEqual({ ok: true, value: { name: 'x.json', content: bytes } });
  });

  it('answers null when the person cancels', async () => {
    const { api } = bridge({ pickFile: async () => null });
    expect(await api.file.open({})).toEqual({ ok: true, value: null });
  });

  it('refuses a file above the size limit without reading it', async () => {
    let read = false;
    const huge: PickedFile = {
      name: 'huge.json',
      size: MAX_FILE_BYTES + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    const { api } = bridge({ pickFile: async () => huge });
    expect(await api.file.open({})).toEqual({ ok: false, error: { code: 'file-too-large' } });
    expect(read).toBe(false);
  });

  it('reports a file that cannot be read', async () => {
    const unreadable: PickedFile = {
      name: 'gone.json',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    };
    const { api } = bridge({ pickFile: async () => unreadable });
    expect(await api.file.open({})).toEqual({ ok: false, error: { code: 'file-unreadable' } });
  });

  it('refuses malformed filters before showing a picker', async () => {
    let shown = false;
    const { api } = bridge({
      pickFile: async () => {
        shown = true;
        return null;
      },
    });
    const result = await api.file.open({ filters: [{ name: 'x', extensions: ['.JSON'] }] });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input' } });
    expect(shown).toBe(false);
  });
});
