import type { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/channels';
import { FakeWebContents, type FakeSession } from './fakes/fake-web-contents';

const electron = vi.hoisted(() => ({
  state: { gotLock: true, userData: '', ready: Promise.resolve() },
  calls: [] as string[],
  windows: [] as unknown[],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { FakeSession: Session } = await import('./fakes/fake-web-contents');
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: () => electron.state.gotLock,
    enableSandbox: vi.fn(() => electron.calls.push('enableSandbox')),
    quit: vi.fn(() => electron.calls.push('quit')),
    whenReady: () => electron.state.ready.then(() => electron.calls.push('ready')),
    getPath: () => electron.state.userData,
    getName: () => 'Diaspora Desk',
    getVersion: () => '0.1.0',
  });
  class BrowserWindow extends Emitter {
    static getAllWindows = () => electron.windows;
    static fromWebContents = () => null;
    readonly loadURL = vi.fn(async () => undefined);
    readonly webContents = { isDestroyed: () => false, send: vi.fn() };
    constructor(readonly options: unknown) {
      super();
      electron.windows.push(this);
      electron.calls.push('window');
    }
  }
  return {
    app,
    BrowserWindow,
    session: { defaultSession: new Session() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => electron.calls.push('registerScheme')),
      handle: vi.fn((scheme: string) => electron.calls.push(`serve:${scheme}`)),
    },
    ipcMain: { handle: vi.fn((channel: string) => electron.calls.push(`ipc:${channel}`)) },
    shell: { openExternal: vi.fn() },
    safeStorage: { isEncryptionAvailable: () => false, getSelectedStorageBackend: () => 'unknown' },
    powerMonitor: new Emitter(),
    dialog: {},
  };
});

type ElectronMock = {
  app: EventEmitter & { quit: ReturnType<typeof vi.fn> };
  session: { defaultSession: FakeSession };
  powerMonitor: EventEmitter;
};

async function startMain(): Promise<ElectronMock> {
  vi.resetModules();
  const mocked = (await import('electron')) as unknown as ElectronMock;
  mocked.app.removeAllListeners();
  mocked.powerMonitor.removeAllListeners();
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(electron.calls).toContain('ready'));
  return mocked;
}

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  electron.calls.length = 0;
  electron.windows.length = 0;
  electron.state.gotLock = true;
  electron.state.userData = await mkdtemp(join(tmpdir(), 'main-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(electron.state.userData, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('registers the scheme and the sandbox before the app is ready', async () => {
    await startMain();
    const ready = electron.calls.indexOf('ready');
    expect(electron.calls.indexOf('registerScheme')).toBeLessThan(ready);
    expect(electron.calls.indexOf('enableSandbox')).toBeLessThan(ready);
  });

  it('serves the app, registers every channel, then opens the window', async () => {
    await startMain();
    await vi.waitFor(() => expect(electron.calls).toContain('window'));
    const window = electron.calls.indexOf('window');
    expect(electron.calls.indexOf('serve:app')).toBeLessThan(window);
    for (const channel of channels) {
      expect(electron.calls.indexOf(`ipc:${channel}`), channel).toBeLessThan(window);
    }
  });

  it('asks the window to lock on suspend and on screen lock', async () => {
    const { powerMonitor } = await startMain();
    await vi.waitFor(() => expect(electron.calls).toContain('window'));
    const [window] = electron.windows as { webContents: { send: ReturnType<typeof vi.fn> } }[];
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    expect(window?.webContents.send.mock.calls).toEqual([
      ['session:lock-requested'],
      ['session:lock-requested'],
    ]);
  });

  it('denies permissions on the default session', async () => {
    const { session } = await startMain();
    await vi.waitFor(() => expect(electron.calls).toContain('window'));
    const callback = vi.fn();
    session.defaultSession.permissionRequestHandler?.(null, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('guards every web contents created', async () => {
    const { app } = await startMain();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('quits when the last window closes, except on macOS', async () => {
    const { app } = await startMain();
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      app.emit('window-all-closed');
      expect(app.quit).not.toHaveBeenCalled();
      Object.defineProperty(process, 'platform', { value: 'linux' });
      app.emit('window-all-closed');
      expect(app.quit).toHaveBeenCalledTimes(1);
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('a second instance quits at once and opens nothing', async () => {
    electron.state.gotLock = false;
    vi.resetModules();
    const { app } = (await import('electron')) as unknown as ElectronMock;
    app.removeAllListeners();
    app.quit.mockClear();
    await import('../../../electron/main/index');
    expect(app.quit).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(electron.calls).not.toContain('window');
    expect(app.listenerCount('web-contents-created')).toBe(0);
  });
});
