import type { IpcMainInvokeEvent } from 'electron';

export interface FakeFrameOptions {
  url?: string;
  /** A subframe has a parent; the top frame has none. */
  isTopFrame?: boolean;
  /** The frame navigated away or was destroyed. */
  gone?: boolean;
}

/** An IPC event as the main process sees it, from a frame with the given URL. */
export function fakeIpcEvent(options: FakeFrameOptions = {}): IpcMainInvokeEvent {
  const { url = 'app://desk/index.html', isTopFrame = true, gone = false } = options;
  const sender = { id: 1 };
  const parent = isTopFrame ? null : { url: 'app://desk/index.html', parent: null };
  const senderFrame = gone ? null : { url, parent };
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}
