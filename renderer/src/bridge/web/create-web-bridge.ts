import type { AppInfo, DesktopApi } from '../../../../shared/ipc/contract';
import { ok } from '../../../../shared/ipc/result';
import { openFile, type PickFile } from './open-file';
import { saveFile, type DownloadFile } from './save-file';
import { readSettings, writeSettings, type KeyValueStorage } from './settings-storage';
import { validatedHandler } from './validated-handler';

/** The browser capabilities the web bridge stands on; injected so the logic is testable. */
export interface WebBridgeDeps {
  appInfo: AppInfo;
  storage: KeyValueStorage;
  download: DownloadFile;
  pickFile: PickFile;
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
  } satisfies DesktopApi);
}
