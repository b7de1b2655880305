import type { DesktopApi } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser, where the web bridge stands in. */
    readonly desktop?: DesktopApi;
  }
}

export {};
