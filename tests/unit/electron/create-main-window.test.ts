import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeWindow {
  options: Record<string, unknown>;
  show: ReturnType<typeof vi.fn>;
  loadURL: ReturnType<typeof vi.fn>;
  emit: (event: string) => boolean;
}

const electron = vi.hoisted(() => ({ created: [] as FakeWindow[] }));

vi.mock('electron', () => ({
  BrowserWindow: class extends EventEmitter {
    readonly show = vi.fn();
    readonly loadURL = vi.fn(async () => undefined);
    constructor(readonly options: Record<string, unknown>) {
      super();
      electron.created.push(this as never);
    }
  },
}));

const { createMainWindow } = await import('../../../electron/main/create-main-window');

beforeEach(() => electron.created.splice(0));

function openOne() {
  createMainWindow();
  const window = electron.created.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

describe('createMainWindow', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    const prefs = openOne().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('sets nothing that loosens the sandbox', () => {
    const prefs = openOne().options.webPreferences as Record<string, unknown>;
    const allowed = new Set([
      'contextIsolation',
      'sandbox',
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'webSecurity',
      'allowRunningInsecureContent',
      'webviewTag',
      'experimentalFeatures',
      'navigateOnDragDrop',
      'safeDialogs',
      'preload',
    ]);
    expect(Object.keys(prefs).filter((key) => !allowed.has(key))).toEqual([]);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('uses the bundled CommonJS preload', () => {
    const prefs = openOne().options.webPreferences as Record<string, unknown>;
    expect(String(prefs.preload).replaceAll('\\', '/')).toMatch(/\/preload\/index\.cjs$/);
  });

  it('loads the app from its own origin, never from file://', () => {
    expect(openOne().loadURL).toHaveBeenCalledWith('app://desk/index.html');
  });

  it('stays hidden until the first paint is ready', () => {
    const window = openOne();
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});
