import type { AppInfo } from '../../../../shared/ipc/contract';
import { productName, version } from '../../../../package.json';

/** What the web bridge reports as app:info: no OS keystore, so the passphrase alone guards keys. */
export const webAppInfo: AppInfo = {
  name: productName,
  version,
  platform: 'web',
  vault: 'passphrase-only',
};
