import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/channels';
import {
  MAX_VAULT_BLOB_BYTES,
  MAX_VAULT_DATA_BYTES,
  defaultSettings,
} from '../../../shared/ipc/contract';
import { fakeIpcEvent } from './fakes/fake-ipc-event';

type Listener = (event: unknown, input: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => ({
  listeners: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  dir: { documents: '' },
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
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(`sealed:${text}`),
    decryptString: (blob: Buffer) => {
      const text = blob.toString();
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting');
      return text.slice('sealed:'.length);
    },
  },
  BrowserWindow: { fromWebContents: () => ({ id: 1 }) },
  dialog: {
    showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  },
}));

const { registerIpcHandlers } = await import('../../../electron/main/ipc-handlers');
const { createSettingsStore } = await import('../../../electron/main/settings-store');

let dir: string;
let settings: ReturnType<typeof createSettingsStore>;
const call = (channel: string, input?: unknown, event = fakeIpcEvent()) => {
  const listener = electron.listeners.get(channel);
  if (!listener) throw new Error(`${channel} is not registered`);
  return listener(event, input);
};

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = await mkdtemp(join(tmpdir(), 'ipc-'));
  electron.dir.documents = dir;
  electron.listeners.clear();
  settings = createSettingsStore(dir);
  await settings.load();
  registerIpcHandlers({ settings, t: (key) => key });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...electron.listeners.keys()].sort()).toEqual([...channels].sort());
  });

  it('tells the renderer what runs it', async () => {
    await expect(call('app:info')).resolves.toEqual({
      ok: true,
      value: {
        name: 'Diaspora Desk',
        version: '0.1.0',
        platform: 'electron',
        vault: 'safe-storage',
      },
    });
  });

  it('reads and changes the settings', async () => {
    await expect(call('settings:get')).resolves.toEqual({ ok: true, value: defaultSettings });
    await expect(call('settings:set', { locale: 'ar' })).resolves.toEqual({
      ok: true,
      value: { ...defaultSettings, locale: 'ar' },
    });
    expect(settings.current().locale).toBe('ar');
  });

  it('refuses invalid settings and leaves them unchanged', async () => {
    await expect(call('settings:set', { idleLockMinutes: 9999 })).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(settings.current()).toEqual(defaultSettings);
  });

  it('refuses every channel to a frame of another origin', async () => {
    const foreign = fakeIpcEvent({ url: 'https://evil.example/' });
    for (const channel of channels) {
      await expect(call(channel, undefined, foreign), channel).resolves.toEqual({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
  });

  it('protects a wrapped key with safeStorage and opens it again', async () => {
    const data = Uint8Array.of(9, 8, 7, 6, 5);
    const sealed = (await call('vault:protect', { data })) as {
      ok: true;
      value: { protected: Uint8Array; scheme: string };
    };
    expect(sealed.ok).toBe(true);
    expect(sealed.value.scheme).toBe('safe-storage');
    expect(Buffer.from(sealed.value.protected).toString()).toBe('sealed:CQgHBgU=');
    await expect(call('vault:unprotect', sealed.value)).resolves.toEqual({
      ok: true,
      value: { data },
    });
    await expect(
      call('vault:unprotect', { protected: Uint8Array.of(1, 2), scheme: 'safe-storage' }),
    ).resolves.toEqual({ ok: false, error: { code: 'vault-unavailable' } });
  });

  it('round-trips the largest blob it accepts (the protected form stays within bounds)', async () => {
    const data = new Uint8Array(MAX_VAULT_DATA_BYTES).fill(255);
    const sealed = (await call('vault:protect', { data })) as {
      ok: true;
      value: { protected: Uint8Array; scheme: string };
    };
    expect(sealed.ok).toBe(true);
    await expect(call('vault:unprotect', sealed.value)).resolves.toEqual({
      ok: true,
      value: { data },
    });
  });

  it('refuses vault input that is not bytes, is empty or is too large', async () => {
    for (const input of [
      { data: 'text' },
      { data: new Uint8Array(0) },
      { data: new Uint8Array(MAX_VAULT_DATA_BYTES + 1) },
      { protected: new Uint8Array(MAX_VAULT_BLOB_BYTES + 1), scheme: 'safe-storage' },
      { protected: Uint8Array.of(1), scheme: 'rot13' },
    ]) {
      const channel = 'data' in input ? 'vault:protect' : 'vault:unprotect';
      await expect(call(channel, input)).resolves.toEqual({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
  });

  it('answers a cancelled open dialog with null', async () => {
    await expect(call('file:open', {})).resolves.toEqual({ ok: true, value: null });
  });
});
