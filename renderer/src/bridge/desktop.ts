import type { DesktopApi } from '../../../shared/ipc/contract';
import { createBrowserWebBridge } from './web/create-browser-web-bridge';

let desktop: DesktopApi | undefined;

/**
 * The desktop API: the preload's `window.desktop` inside Electron, else the web bridge, which
 * implements the same contract with browser APIs. Created once and shared.
 */
export function getDesktop(): DesktopApi {
  desktop ??= window.desktop ?? createBrowserWebBridge();
  return desktop;
}
