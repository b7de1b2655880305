import { contextBridge, ipcRenderer } from 'electron';
import { channels, splitChannel } from '../../shared/ipc/channels';
import type { DesktopApi } from '../../shared/ipc/contract';
import { eventMethodName, mainEvents, type Unsubscribe } from '../../shared/ipc/events';

type Invoke = (channel: string, input: unknown) => Promise<unknown>;
/** Listens to one main-process event; the listener gets no arguments (the IPC event stays here). */
type Subscribe = (event: string, listener: () => void) => Unsubscribe;
type Area = Record<string, (...args: never[]) => unknown>;

/**
 * Builds `window.desktop` from the allowlists: one function per channel (`area.verb(input)`) and
 * one subscription per main-process event (`area.onEvent(listener)`), nothing generic.
 */
export function buildDesktopApi(invoke: Invoke, subscribe: Subscribe): DesktopApi {
  const api: Record<string, Area> = {};
  for (const channel of channels) {
    const [area, verb] = splitChannel(channel);
    api[area] ??= {};
    api[area][verb] = (input?: unknown) => invoke(channel, input);
  }
  for (const event of mainEvents) {
    const [area, verb] = splitChannel(event);
    api[area] ??= {};
    api[area][eventMethodName(verb)] = (listener: () => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      return subscribe(event, listener);
    };
  }
  for (const area of Object.values(api)) Object.freeze(area);
  return Object.freeze(api) as unknown as DesktopApi;
}

/** Subscribes through ipcRenderer, calling `listener()` without the event (it holds `sender`). */
function subscribeWithIpcRenderer(event: string, listener: () => void): Unsubscribe {
  const forward = () => listener();
  ipcRenderer.on(event, forward);
  return () => void ipcRenderer.removeListener(event, forward);
}

const desktop = buildDesktopApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  subscribeWithIpcRenderer,
);
contextBridge.exposeInMainWorld('desktop', desktop satisfies DesktopApi);
