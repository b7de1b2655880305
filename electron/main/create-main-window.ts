import { BrowserWindow, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL } from './app-origin';
import { errorKind, mainLog } from './main-log';

/** The renderer's sandbox. Every value here is part of the security baseline (DESIGN.md §4). */
export const mainWindowWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/** The bundled CommonJS preload, beside the bundled main (out/preload next to out/main). */
export function preloadPath(): string {
  return join(import.meta.dirname, '../preload/index.cjs');
}

/** Opens the main window on the app's own origin; it shows itself once its first paint is ready. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    webPreferences: { ...mainWindowWebPreferences, preload: preloadPath() },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    mainLog.error('window.load-failed', { error: errorKind(error) });
  });
  return window;
}
