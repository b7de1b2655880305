import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyVault, type VaultSafeStorage } from '../../../electron/main/key-vault';

type Backend = ReturnType<VaultSafeStorage['getSelectedStorageBackend']>;

/** safeStorage with a toy cipher: the OS key store's secret is `keyring.secret`. */
function fakeSafeStorage(options: { available?: boolean; backend?: Backend } = {}) {
  const keyring = { secret: 0x5a, present: true };
  const xor = (bytes: Uint8Array) => Buffer.from(bytes.map((b) => b ^ keyring.secret));
  const storage: VaultSafeStorage = {
    isEncryptionAvailable: () => (options.available ?? true) && keyring.present,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: vi.fn((text: string) =>
      Buffer.concat([Buffer.from('v11'), xor(Buffer.from(text))]),
    ),
    decryptString: vi.fn((blob: Buffer) => {
      if (blob.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting');
      return xor(blob.subarray(3)).toString('latin1');
    }),
  };
  return { storage, keyring };
}

const wrapped = Uint8Array.from({ length: 40 }, (_, i) => (i * 37) & 0xff);

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('key vault over safeStorage', () => {
  it('protects with the OS key store when available, and opens it again', () => {
    const { storage } = fakeSafeStorage();
    const vault = createKeyVault('linux', storage);
    const protectedKey = vault.protect(wrapped);
    if (!protectedKey.ok) throw new Error(protectedKey.error.code);
    expect(protectedKey.value.scheme).toBe('safe-storage');
    expect(Buffer.from(protectedKey.value.protected).includes(Buffer.from(wrapped))).toBe(false);
    // Binary goes through safeStorage's string API as base64.
    expect(storage.encryptString).toHaveBeenCalledWith(Buffer.from(wrapped).toString('base64'));
    const opened = vault.unprotect({
      protected: protectedKey.value.protected,
      scheme: 'safe-storage',
    });
    expect(opened).toEqual({ ok: true, value: { data: new Uint8Array(wrapped) } });
  });

  it('passes through as none on Linux basic_text (a hard-coded key protects nothing)', () => {
    const { storage } = fakeSafeStorage({ backend: 'basic_text' });
    const vault = createKeyVault('linux', storage);
    expect(vault.protect(wrapped)).toEqual({
      ok: true,
      value: { protected: new Uint8Array(wrapped), scheme: 'none' },
    });
    expect(storage.encryptString).not.toHaveBeenCalled();
    expect(vault.unprotect({ protected: wrapped, scheme: 'none' })).toEqual({
      ok: true,
      value: { data: new Uint8Array(wrapped) },
    });
  });

  it('passes through as none where encryption is unavailable', () => {
    const { storage } = fakeSafeStorage({ available: false });
    const vault = createKeyVault('win32', storage);
    const result = vault.protect(wrapped);
    expect(result.ok && result.value.scheme).toBe('none');
    expect(storage.encryptString).not.toHaveBeenCalled();
  });

  it('says vault-unavailable when a safe-storage blob meets a machine without the key store', () => {
    const { storage, keyring } = fakeSafeStorage();
    const vault = createKeyVault('darwin', storage);
    const sealed = vault.protect(wrapped);
    if (!sealed.ok) throw new Error(sealed.error.code);
    keyring.present = false;
    expect(vault.unprotect({ protected: sealed.value.protected, scheme: 'safe-storage' })).toEqual({
      ok: false,
      error: { code: 'vault-unavailable' },
    });
    expect(storage.decryptString).not.toHaveBeenCalled();
    expect(
      createKeyVault('linux', fakeSafeStorage({ backend: 'basic_text' }).storage).unprotect({
        protected: sealed.value.protected,
        scheme: 'safe-storage',
      }),
    ).toEqual({ ok: false, error: { code: 'vault-unavailable' } });
  });

  it('says vault-unavailable when the key store has another key or the blob is damaged', () => {
    const { storage, keyring } = fakeSafeStorage();
    const vault = createKeyVault('linux', storage);
    const sealed = vault.protect(wrapped);
    if (!sealed.ok) throw new Error(sealed.error.code);
    const damaged = sealed.value.protected.slice();
    damaged[0] = 0;
    expect(vault.unprotect({ protected: damaged, scheme: 'safe-storage' })).toEqual({
      ok: false,
      error: { code: 'vault-unavailable' },
    });
    keyring.secret = 0x11; // the keyring was reset: decrypts to garbage, not base64
    expect(vault.unprotect({ protected: sealed.value.protected, scheme: 'safe-storage' })).toEqual({
      ok: false,
      error: { code: 'vault-unavailable' },
    });
  });

  it('turns a failing encryptString into vault-unavailable, never a passthrough', () => {
    const { storage } = fakeSafeStorage();
    storage.encryptString = () => {
      throw new Error('keyring locked');
    };
    expect(createKeyVault('linux', storage).protect(wrapped)).toEqual({
      ok: false,
      error: { code: 'vault-unavailable' },
    });
  });
});
