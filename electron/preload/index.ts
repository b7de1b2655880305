import { contextBridge, ipcRenderer } from 'electron';
import { channels, splitChannel } from '../../shared/ipc/channels';
import type { DesktopApi } from '../../shared/ipc/contract';

/** Builds `window.desktop` from the channel allowlist: one function per channel, nothing generic. */
export function buildDesktopApi(invoke: (channel: string, input: unknown) => Promise<unknown>) {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [area, verb] = splitChannel(channel);
    api[area] ??= {};
    api[area][verb] = (input?: unknown) => invoke(channel, input);
  }
  return Object.freeze(api) as DesktopApi;
}

const desktop = buildDesktopApi((channel, input) => ipcRenderer.invoke(channel, input));
contextBridge.exposeInMainWorld('desktop', desktop satisfies DesktopApi);
