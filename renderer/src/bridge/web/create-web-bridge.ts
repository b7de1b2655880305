import type { AppInfo, DesktopApi } from '../../../../shared/ipc/contract';
import { fail, ok } from '../../../../shared/ipc/result';
import { openFile, type PickFile } from './open-file';
import { subscribePageLock, type PageEvents } from './page-lock-signal';
import { printPage, type PrintPage } from './print-page';
import { saveFile, type DownloadFile } from './save-file';
import { readSettings, writeSettings, type KeyValueStorage } from './settings-storage';
import { validatedHandler } from './validated-handler';
import { webVaultProtect, webVaultUnprotect } from './web-vault';

/** The browser capabilities the web bridge stands on; injected so the logic is testable. */
export interface WebBridgeDeps {
  appInfo: AppInfo;
  storage: KeyValueStorage;
  download: DownloadFile;
  pickFile: PickFile;
  /** The browser's print dialog (window.print); none: print:pdf answers `internal`. */
  print?: PrintPage;
  /** Page lifecycle events for `session.onLockRequested` (the window); none: never fires. */
  pageEvents?: PageEvents;
}

/** The desktop API implemented with browser APIs, validated against the same contract. */
export function createWebBridge(deps: WebBridgeDeps): DesktopApi {
  return Object.freeze({
    app: {
      info: validatedHandler('app:info', () => ok(deps.appInfo)),
    },
    settings: {
      get: validatedHandler('settings:get', () => ok(readSettings(deps.storage))),
      set: validatedHandler('settings:set', (changes) => ok(writeSettings(deps.storage, changes))),
    },
    file: {
      save: validatedHandler('file:save', (input) => saveFile(deps.download, input)),
      open: validatedHandler('file:open', (input) => openFile(deps.pickFile, input)),
    },
    print: {
      pdf: validatedHandler('print:pdf', () =>
        deps.print ? printPage(deps.print) : fail('internal'),
      ),
    },
    vault: {
      protect: validatedHandler('vault:protect', webVaultProtect),
      unprotect: validatedHandler('vault:unprotect', webVaultUnprotect),
    },
    session: {
      onLockRequested: (listener) => subscribePageLock(deps.pageEvents, listener),
    },
  } satisfies DesktopApi);
}
