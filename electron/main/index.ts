import { app, BrowserWindow, powerMonitor, session } from 'electron';
import { join } from 'node:path';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { buildContentSecurityPolicy } from './content-security-policy';
import { createMainWindow } from './create-main-window';
import { forwardLockRequests } from './forward-lock-requests';
import { registerIpcHandlers } from './ipc-handlers';
import { errorKind, mainLog } from './main-log';
import { createMainTranslator } from './main-translator';
import { createSettingsStore } from './settings-store';
import { applySessionGuards, applyWebContentsGuards } from './web-contents-guards';

/** Wiring only: each piece lives in its own module. */
function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const openMainWindow = () => {
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  };

  app.on('web-contents-created', (_event, contents) => applyWebContentsGuards(contents));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      applySessionGuards(session.defaultSession);
      const settings = createSettingsStore(app.getPath('userData'));
      await settings.load();
      serveAppProtocol({
        root: join(import.meta.dirname, '../renderer'),
        contentSecurityPolicy: () => buildContentSecurityPolicy(settings.current().registryUrl),
      });
      registerIpcHandlers({ settings, t: createMainTranslator(() => settings.current().locale) });
      forwardLockRequests(powerMonitor, () =>
        BrowserWindow.getAllWindows().map((window) => window.webContents),
      );
      openMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      mainLog.error('app.start-failed', { error: errorKind(error) });
      app.quit();
    });
}

registerAppScheme();
app.enableSandbox();

if (app.requestSingleInstanceLock()) start();
else app.quit();
