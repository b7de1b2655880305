import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/channels';
import { eventMethodName, mainEvents } from '../../../shared/ipc/events';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: vi.fn(),
    sendSync: vi.fn(),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      electron.listeners.get(channel)?.delete(listener),
  },
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

/** What main sends: an IPC event object (holding `sender`, i.e. ipcRenderer) and no payload. */
function emitFromMain(channel: string): void {
  const event = { sender: { invoke: electron.invoke } };
  for (const listener of electron.listeners.get(channel) ?? []) listener(event);
}

describe('preload', () => {
  it('exposes one object, window.desktop, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['desktop']);
  });

  it('has exactly one function per allowlisted channel and main-process event', () => {
    const events = mainEvents.map((event) => {
      const [area, verb] = event.split(':') as [string, string];
      return `${area}:${eventMethodName(verb)}`;
    });
    expect(exposedPaths(desktop).sort()).toEqual([...channels, ...events].sort());
    expect(events).toEqual(['session:onLockRequested']);
    for (const verbs of Object.values(desktop)) {
      expect(Object.isFrozen(verbs)).toBe(true);
      for (const fn of Object.values(verbs)) expect(fn).toBeTypeOf('function');
    }
    expect(Object.isFrozen(desktop)).toBe(true);
  });

  it('exposes no generic IPC door', () => {
    const names = [...Object.keys(desktop), ...exposedPaths(desktop).map((p) => p.split(':')[1])];
    for (const name of [
      'invoke',
      'send',
      'sendSync',
      'on',
      'once',
      'removeListener',
      'ipcRenderer',
      'process',
      'require',
    ]) {
      expect(names).not.toContain(name);
    }
  });

  it('sends each call on its own channel with the input as given', async () => {
    const input = { suggestedName: 'a.csv', mimeType: 'text/csv', content: 'x' };
    await (desktop.file?.save as (input: unknown) => Promise<unknown>)(input);
    expect(electron.invoke).toHaveBeenLastCalledWith('file:save', input);
    await (desktop.settings?.get as () => Promise<unknown>)();
    expect(electron.invoke).toHaveBeenLastCalledWith('settings:get', undefined);
    const data = Uint8Array.of(1, 2, 3);
    await (desktop.vault?.protect as (input: unknown) => Promise<unknown>)({ data });
    expect(electron.invoke).toHaveBeenLastCalledWith('vault:protect', { data });
  });

  it('calls a lock listener with no arguments (the IPC event never reaches the page)', () => {
    const subscribe = desktop.session?.onLockRequested as (cb: () => void) => () => void;
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    emitFromMain('session:lock-requested');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([]);
    unsubscribe();
    emitFromMain('session:lock-requested');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(electron.listeners.get('session:lock-requested')?.size).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    const subscribe = desktop.session?.onLockRequested as (cb: unknown) => unknown;
    expect(() => subscribe('alert(1)')).toThrow(TypeError);
  });
});
