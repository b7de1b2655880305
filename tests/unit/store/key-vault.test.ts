import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Bytes } from '../../../renderer/src/crypto/bytes';
import { concatBytes, utf8 } from '../../../renderer/src/crypto/bytes';
import type { KeyVault } from '../../../renderer/src/crypto/key-vault';
import { addStaff } from '../../../renderer/src/store/accounts/add-staff';
import { changePassphrase } from '../../../renderer/src/store/accounts/change-passphrase';
import { createOffice } from '../../../renderer/src/store/accounts/create-office';
import { lock } from '../../../renderer/src/store/accounts/lock';
import { recoverAccess } from '../../../renderer/src/store/accounts/recover-access';
import { rotateRecoveryKey } from '../../../renderer/src/store/accounts/rotate-recovery-key';
import { unlock } from '../../../renderer/src/store/accounts/unlock';
import { lockoutEntry, metaEntries, wrappedKeyEntry } from '../../../renderer/src/store/db/meta';
import { openOfficeStore, hasOffice } from '../../../renderer/src/store/open-office-store';
import type { OfficeStore } from '../../../renderer/src/store/session';
import { ADMIN, cheapKdf, dbName, fakeClock, setUpOffice } from './helpers';

const TAG = utf8('OSKS');

/**
 * A vault standing for the OS key store: protects by tagging and reversing the bytes (so the
 * stored blob is visibly not the AES-KW output), and can lose its keyring like a real one.
 */
function osKeyStore() {
  const state = { available: true, broken: false };
  const vault: KeyVault = {
    protect: vi.fn(async (data: Bytes) => {
      if (state.broken) return { ok: false as const, code: 'vault-unavailable' as const };
      if (!state.available)
        return { ok: true as const, value: { protected: data, scheme: 'none' as const } };
      const sealed = concatBytes(TAG, data.slice().reverse());
      return { ok: true as const, value: { protected: sealed, scheme: 'safe-storage' as const } };
    }),
    unprotect: vi.fn(async (blob: Bytes, scheme) => {
      if (scheme === 'none') return { ok: true as const, value: blob };
      if (!state.available) return { ok: false as const, code: 'vault-unavailable' as const };
      return { ok: true as const, value: blob.slice(TAG.byteLength).reverse() };
    }),
  };
  return { vault, state };
}

type StoredKey = { wrapped: Uint8Array; scheme?: string; kdf: { alg: string } };

async function storedKey(store: OfficeStore, key: string): Promise<StoredKey> {
  return (await store.db.meta.get(key))?.value as StoredKey;
}

function isProtected(wrapped: Uint8Array): boolean {
  return wrapped.byteLength === 44 && new TextDecoder().decode(wrapped.subarray(0, 4)) === 'OSKS';
}

async function officeWithVault(vault: KeyVault, name = dbName()) {
  const clock = fakeClock();
  const store = await openOfficeStore(name, { clock, passphraseKdf: cheapKdf, vault });
  return { ...(await setUpOffice(store)), name, clock };
}

describe('wrapped keys in the vault', () => {
  it('stores the admin key as the vault’s blob with its scheme; the recovery key never', async () => {
    const { vault } = osKeyStore();
    const { store, session } = await officeWithVault(vault);
    const admin = await storedKey(store, wrappedKeyEntry(session.staffId).key);
    expect(admin.scheme).toBe('safe-storage');
    expect(isProtected(admin.wrapped)).toBe(true);
    const recovery = await storedKey(store, metaEntries.recoveryKey.key);
    expect(recovery.scheme).toBe('none');
    expect(recovery.wrapped.byteLength).toBe(40);
  });

  it('unlocks through the vault after a reload', async () => {
    const { vault } = osKeyStore();
    const { store, name, clock } = await officeWithVault(vault);
    store.db.close();
    const reopened = await openOfficeStore(name, { clock, passphraseKdf: cheapKdf, vault });
    const result = await unlock(reopened, ADMIN.username, ADMIN.passphrase);
    expect(result.ok).toBe(true);
    expect(vault.unprotect).toHaveBeenCalledWith(expect.any(Uint8Array), 'safe-storage');
  });

  it('says vault-unavailable when the keyring is gone, without counting a failure', async () => {
    const { vault, state } = osKeyStore();
    const { store } = await officeWithVault(vault);
    await lock(store);
    state.available = false;
    expect(await unlock(store, ADMIN.username, ADMIN.passphrase)).toEqual({
      ok: false,
      error: { code: 'vault-unavailable' },
    });
    expect(store.keyring.unlocked).toBe(false);
    expect(await store.db.meta.get(lockoutEntry(ADMIN.username).key)).toBeUndefined();
  });

  it('lets the recovery key in when the vault is gone, and protects again once it is back', async () => {
    const { vault, state } = osKeyStore();
    const { store, session, recoveryKey } = await officeWithVault(vault);
    await lock(store);
    state.available = false;
    const next = 'a brand new passphrase words';
    const recovered = await recoverAccess(store, recoveryKey, ADMIN.username, next);
    expect(recovered.ok).toBe(true);
    const key = wrappedKeyEntry(session.staffId).key;
    expect((await storedKey(store, key)).scheme).toBe('none');
    await lock(store);
    state.available = true;
    expect((await unlock(store, ADMIN.username, next)).ok).toBe(true);
    const upgraded = await storedKey(store, key);
    expect(upgraded.scheme).toBe('safe-storage');
    expect(isProtected(upgraded.wrapped)).toBe(true);
    await lock(store);
    expect((await unlock(store, ADMIN.username, next)).ok).toBe(true);
  });

  it('recovers even when the vault fails outright (stored as none)', async () => {
    const { vault, state } = osKeyStore();
    const { store, session, recoveryKey } = await officeWithVault(vault);
    await lock(store);
    state.available = false;
    state.broken = true;
    const next = 'a brand new passphrase words';
    expect((await recoverAccess(store, recoveryKey, ADMIN.username, next)).ok).toBe(true);
    expect((await storedKey(store, wrappedKeyEntry(session.staffId).key)).scheme).toBe('none');
  });

  it('protects the keys of new staff, changed passphrases; a rotated recovery key stays none', async () => {
    const { vault } = osKeyStore();
    const { store, session } = await officeWithVault(vault);
    const clerk = {
      username: 'moussa.clerk',
      displayName: 'Moussa',
      role: 'clerk' as const,
      passphrase: 'blue mango river morning',
    };
    const added = await addStaff(session, ADMIN.passphrase, clerk);
    if (!added.ok) throw new Error(added.error.code);
    const clerkKey = await storedKey(store, wrappedKeyEntry(added.value.id).key);
    expect(clerkKey.scheme).toBe('safe-storage');
    expect(isProtected(clerkKey.wrapped)).toBe(true);

    const changed = await changePassphrase(session, ADMIN.passphrase, 'green hills quiet harbour');
    expect(changed.ok).toBe(true);
    const adminKey = await storedKey(store, wrappedKeyEntry(session.staffId).key);
    expect(isProtected(adminKey.wrapped)).toBe(true);

    expect((await rotateRecoveryKey(session, 'green hills quiet harbour')).ok).toBe(true);
    expect((await storedKey(store, metaEntries.recoveryKey.key)).scheme).toBe('none');

    await lock(store);
    expect((await unlock(store, clerk.username, clerk.passphrase)).ok).toBe(true);
  });

  it('creates no office when the vault fails to protect the first key', async () => {
    const { vault, state } = osKeyStore();
    state.broken = true;
    const store = await openOfficeStore(dbName(), { passphraseKdf: cheapKdf, vault });
    const created = await createOffice(store, {
      office: {
        name: 'Bureau',
        country: { list: 'iso-3166-1', version: '2024', code: 'NE' },
        officeType: 'headquarters',
      },
      admin: { ...ADMIN, displayName: 'Amina' },
    });
    expect(created).toEqual({ ok: false, error: { code: 'vault-unavailable' } });
    expect(await hasOffice(store)).toBe(false);
    expect(store.keyring.unlocked).toBe(false);
  });

  it('opens keys stored before the vault existed, then protects them', async () => {
    const plain = await setUpOffice();
    const key = wrappedKeyEntry(plain.session.staffId).key;
    const before = await storedKey(plain.store, key);
    expect(before.scheme).toBe('none');
    // An entry as written by the previous version: no scheme field at all.
    const { scheme: _scheme, ...legacy } = before;
    await plain.store.db.meta.put({ key, value: legacy });
    await lock(plain.store);
    const { vault } = osKeyStore();
    const upgraded = { ...plain.store, vault, current: null } as OfficeStore;
    expect((await unlock(upgraded, ADMIN.username, ADMIN.passphrase)).ok).toBe(true);
    const after = await storedKey(upgraded, key);
    expect(after.scheme).toBe('safe-storage');
    expect(isProtected(after.wrapped)).toBe(true);
  });

  it('uses a passthrough vault by default outside a page', async () => {
    const { store, session } = await setUpOffice();
    const admin = await storedKey(store, wrappedKeyEntry(session.staffId).key);
    expect(admin.scheme).toBe('none');
    expect(admin.wrapped.byteLength).toBe(40);
  });
});

describe('cancelling an unlock', () => {
  it('fails with cancelled, counts no failure and opens nothing', async () => {
    const { store } = await setUpOffice();
    await lock(store);
    const cancelled = await unlock(store, ADMIN.username, ADMIN.passphrase, {
      signal: AbortSignal.abort(),
    });
    expect(cancelled).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(store.keyring.unlocked).toBe(false);
    expect(await store.db.meta.get(lockoutEntry(ADMIN.username).key)).toBeUndefined();
    expect((await unlock(store, ADMIN.username, ADMIN.passphrase)).ok).toBe(true);
  });
});
