import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/channels';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() },
}));

await import('../../../electron/preload/index');

type Api = Record<string, Record<string, unknown>>;
const desktop = electron.exposed.get('desktop') as Api;

/** Every `area.verb` path the preload exposes, whatever its value. */
function exposedPaths(api: Api): string[] {
  return Object.entries(api).flatMap(([area, verbs]) =>
    Object.keys(verbs).map((verb) => `${area}:${verb}`),
  );
}

describe('preload', () => {
  it('exposes one object, window.desktop, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['desktop']);
  });

  it('has exactly one function per allowlisted channel', () => {
    expect(exposedPaths(desktop).sort()).toEqual([...channels].sort());
    for (const verbs of Object.values(desktop)) {
      for (const fn of Object.values(verbs)) expect(fn).toBeTypeOf('function');
    }
  });

  it('exposes no generic IPC door', () => {
    const names = [...Object.keys(desktop), ...exposedPaths(desktop).map((p) => p.split(':')[1])];
    for (const name of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'process', 'require']) {
      expect(names).not.toContain(name);
    }
  });

  it('sends each call on its own channel with the input as given', async () => {
    const input = { suggestedName: 'a.csv', mimeType: 'text/csv', content: 'x' };
    await (desktop.file?.save as (input: unknown) => Promise<unknown>)(input);
    expect(electron.invoke).toHaveBeenLastCalledWith('file:save', input);
    await (desktop.settings?.get as () => Promise<unknown>)();
    expect(electron.invoke).toHaveBeenLastCalledWith('settings:get', undefined);
  });
});
