import type { SafeStorage } from 'electron';
import type { AppInfo } from '../../shared/ipc/contract';

/** Linux backends that do not actually protect anything (a hard-coded key, or none chosen). */
const unprotectedLinuxBackends: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

/**
 * Whether the OS key store can protect the wrapped data key beside the passphrase. Linux's
 * basic_text backend counts as unavailable. Call after the app is ready.
 */
export function vaultKind(
  platform: NodeJS.Platform,
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'getSelectedStorageBackend'>,
): AppInfo['vault'] {
  if (!safeStorage.isEncryptionAvailable()) return 'passphrase-only';
  if (
    platform === 'linux' &&
    unprotectedLinuxBackends.has(safeStorage.getSelectedStorageBackend())
  ) {
    return 'passphrase-only';
  }
  return 'safe-storage';
}
