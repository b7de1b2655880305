import type { SafeStorage } from 'electron';
import type { z } from 'zod';
import type {
  VaultProtectOutput,
  VaultUnprotectInput,
  VaultUnprotectOutput,
} from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import { errorKind, mainLog } from './main-log';
import { vaultKind } from './vault-kind';

export type VaultSafeStorage = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
>;

export interface KeyVault {
  /** vault:protect — the OS key store's ciphertext, or the bytes unchanged where there is none. */
  protect(data: Uint8Array): IpcResult<z.input<typeof VaultProtectOutput>>;
  /** vault:unprotect — `vault-unavailable` when a safe-storage blob cannot be opened here. */
  unprotect(
    input: z.output<typeof VaultUnprotectInput>,
  ): IpcResult<z.input<typeof VaultUnprotectOutput>>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The key vault over Electron's safeStorage. safeStorage encrypts strings, so bytes travel as
 * base64. Where the OS key store is unavailable, or is Linux's basic_text (a key hard-coded in
 * Chromium, so no protection), blobs pass through as scheme `none`. Call after the app is ready.
 */
export function createKeyVault(platform: NodeJS.Platform, safeStorage: VaultSafeStorage): KeyVault {
  const available = () => vaultKind(platform, safeStorage) === 'safe-storage';
  return {
    protect(data) {
      if (!available()) return ok({ protected: new Uint8Array(data), scheme: 'none' });
      try {
        const sealed = safeStorage.encryptString(Buffer.from(data).toString('base64'));
        return ok({ protected: new Uint8Array(sealed), scheme: 'safe-storage' });
      } catch (error) {
        mainLog.error('vault.protect-failed', { error: errorKind(error) });
        return fail('vault-unavailable');
      }
    },
    unprotect({ protected: blob, scheme }) {
      switch (scheme) {
        case 'none':
          return ok({ data: new Uint8Array(blob) });
        case 'safe-storage':
          return openSafeStorage(blob, available(), safeStorage);
        default:
          return scheme satisfies never;
      }
    },
  };
}

function openSafeStorage(
  blob: Uint8Array,
  available: boolean,
  safeStorage: VaultSafeStorage,
): IpcResult<z.input<typeof VaultUnprotectOutput>> {
  if (!available) {
    mainLog.warn('vault.unavailable');
    return fail('vault-unavailable');
  }
  let text: string;
  try {
    text = safeStorage.decryptString(Buffer.from(blob));
  } catch (error) {
    mainLog.warn('vault.unprotect-failed', { error: errorKind(error) });
    return fail('vault-unavailable');
  }
  if (!BASE64.test(text) || text.length === 0) {
    mainLog.warn('vault.unprotect-malformed');
    return fail('vault-unavailable');
  }
  return ok({ data: new Uint8Array(Buffer.from(text, 'base64')) });
}
