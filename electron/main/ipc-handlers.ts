import { app, BrowserWindow, safeStorage, type IpcMainInvokeEvent } from 'electron';
import { ok } from '../../shared/ipc/result';
import { openFileWithDialog, saveFileWithDialog, type DialogContext } from './file-dialogs';
import { handle, type SenderCheck } from './handle';
import { createKeyVault, type KeyVault } from './key-vault';
import type { Translate } from './main-translator';
import { printToPdfWithDialog } from './print-to-pdf';
import type { SettingsStore } from './settings-store';
import { vaultKind } from './vault-kind';

export interface IpcHandlerDeps {
  settings: SettingsStore;
  t: Translate;
  /** The OS key store behind vault:*; safeStorage on this platform unless given. */
  vault?: KeyVault;
  /** Replaces the production sender check (tests only). */
  isAllowedSender?: SenderCheck;
}

function dialogContext(event: IpcMainInvokeEvent, t: Translate): DialogContext {
  return {
    window: BrowserWindow.fromWebContents(event.sender),
    defaultDir: app.getPath('documents'),
    t,
  };
}

/** Registers every channel of the contract. Call once, after the app is ready. */
export function registerIpcHandlers(deps: IpcHandlerDeps): void {
  const { settings, t, isAllowedSender } = deps;
  const vault = deps.vault ?? createKeyVault(process.platform, safeStorage);
  handle(
    'app:info',
    async () =>
      ok({
        name: app.getName(),
        version: app.getVersion(),
        platform: 'electron',
        vault: vaultKind(process.platform, safeStorage),
      }),
    isAllowedSender,
  );
  handle('settings:get', async () => ok(settings.current()), isAllowedSender);
  handle('settings:set', async (patch) => ok(await settings.update(patch)), isAllowedSender);
  handle(
    'file:save',
    (input, event) => saveFileWithDialog(input, dialogContext(event, t)),
    isAllowedSender,
  );
  handle(
    'file:open',
    (input, event) => openFileWithDialog(input, dialogContext(event, t)),
    isAllowedSender,
  );
  handle(
    'print:pdf',
    (input, event) => printToPdfWithDialog(input, event.sender, dialogContext(event, t)),
    isAllowedSender,
  );
  handle('vault:protect', async ({ data }) => vault.protect(data), isAllowedSender);
  handle('vault:unprotect', async (input) => vault.unprotect(input), isAllowedSender);
}
