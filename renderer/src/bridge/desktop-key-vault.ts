import type { DesktopApi } from '../../../shared/ipc/contract';
import type { KeyVault } from '../crypto/key-vault';

/**
 * The store's key vault over the desktop API's `vault:*` channels (safeStorage in Electron, a
 * passthrough in the web bridge). Any IPC failure counts as `vault-unavailable`: the one way on
 * is the recovery key, and nothing is ever stored unprotected because of a failed call.
 */
export function desktopKeyVault(desktop: Pick<DesktopApi, 'vault'>): KeyVault {
  return {
    async protect(data) {
      const result = await desktop.vault.protect({ data });
      if (!result.ok) return { ok: false, code: 'vault-unavailable' };
      const { protected: blob, scheme } = result.value;
      return { ok: true, value: { protected: new Uint8Array(blob), scheme } };
    },
    async unprotect(blob, scheme) {
      const result = await desktop.vault.unprotect({ protected: blob, scheme });
      return result.ok
        ? { ok: true, value: new Uint8Array(result.value.data) }
        : { ok: false, code: 'vault-unavailable' };
    },
  };
}
