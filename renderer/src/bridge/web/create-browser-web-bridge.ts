import type { DesktopApi } from '../../../../shared/ipc/contract';
import { createWebBridge } from './create-web-bridge';
import { downloadBlob } from './download-blob';
import { pickFileWithInput } from './pick-file-with-input';
import { webAppInfo } from './web-app-info';

/**
 * The web bridge wired to this browser window: localStorage, downloads, a file input and page
 * lifecycle events.
 */
export function createBrowserWebBridge(): DesktopApi {
  return createWebBridge({
    appInfo: webAppInfo,
    storage: window.localStorage,
    download: downloadBlob,
    pickFile: pickFileWithInput,
    print: () => window.print(),
    pageEvents: window,
  });
}
