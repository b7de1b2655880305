import type { VaultScheme } from '../../../shared/ipc/contract';
import type { Bytes } from './bytes';

export type { VaultScheme };

export type VaultResult<T> = { ok: true; value: T } | { ok: false; code: 'vault-unavailable' };

/**
 * A second lock on a wrapped data key, beside the passphrase: in Electron the OS key store
 * (safeStorage, through the main process), elsewhere nothing (`none`). A copied database then
 * also needs the Windows/macOS/Linux account it came from. The recovery key never depends on it.
 */
export interface KeyVault {
  /** Protects `data`; the scheme says how, and is stored with the blob. */
  protect(data: Bytes): Promise<VaultResult<{ protected: Bytes; scheme: VaultScheme }>>;
  /** Opens a blob protected by {@link protect}; `vault-unavailable` when this machine cannot. */
  unprotect(blob: Bytes, scheme: VaultScheme): Promise<VaultResult<Bytes>>;
}

/** The vault of a place without an OS key store: blobs pass through as `none`. */
export const passthroughVault: KeyVault = {
  protect: async (data) => ({ ok: true, value: { protected: data, scheme: 'none' } }),
  unprotect: async (blob, scheme) =>
    scheme === 'none' ? { ok: true, value: blob } : { ok: false, code: 'vault-unavailable' },
};
