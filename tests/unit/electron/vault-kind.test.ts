import { describe, expect, it } from 'vitest';
import { vaultKind } from '../../../electron/main/vault-kind';

type Backend = ReturnType<Parameters<typeof vaultKind>[1]['getSelectedStorageBackend']>;
const store = (available: boolean, backend: Backend = 'unknown') => ({
  isEncryptionAvailable: () => available,
  getSelectedStorageBackend: () => backend,
});

describe('vaultKind', () => {
  it('uses the OS key store on Windows and macOS when encryption is available', () => {
    expect(vaultKind('win32', store(true))).toBe('safe-storage');
    expect(vaultKind('darwin', store(true))).toBe('safe-storage');
  });

  it('uses a real Linux keyring', () => {
    expect(vaultKind('linux', store(true, 'gnome_libsecret'))).toBe('safe-storage');
    expect(vaultKind('linux', store(true, 'kwallet6'))).toBe('safe-storage');
  });

  it('counts Linux basic_text (a hard-coded key) as no protection', () => {
    expect(vaultKind('linux', store(true, 'basic_text'))).toBe('passphrase-only');
    expect(vaultKind('linux', store(true, 'unknown'))).toBe('passphrase-only');
  });

  it('falls back to the passphrase alone when encryption is unavailable', () => {
    expect(vaultKind('win32', store(false))).toBe('passphrase-only');
    expect(vaultKind('linux', store(false, 'gnome_libsecret'))).toBe('passphrase-only');
  });
});
