import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** Records the handlers the guards install on a session. */
export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
}

/** A web contents that emits the same events Electron does and records its window-open handler. */
export class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession();
  windowOpenHandler: WindowOpenHandler | null = null;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }

  /** Emits a navigation-like event and tells whether a listener prevented it. */
  attempt(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    const details = { url, preventDefault: () => (prevented = true) };
    this.emit(event, details, url);
    return prevented;
  }

  /** Emits will-attach-webview and tells whether it was prevented. */
  attemptWebview(): boolean {
    let prevented = false;
    const webPreferences = { nodeIntegration: true };
    this.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, webPreferences, {
      src: 'https://example.com/',
    });
    return prevented;
  }
}
