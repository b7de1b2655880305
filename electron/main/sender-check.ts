import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/** The parts of an IPC event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

/**
 * An IPC call is accepted only from the top frame of one of the app's own windows, showing a page
 * of the app's origin. A subframe, another origin, or a frame already gone are all refused.
 */
export function isAppSender(
  event: SenderEvent,
  isOwnWindow: (contents: WebContents) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!isAppUrl(frame.url)) return false;
  return isOwnWindow(event.sender);
}
