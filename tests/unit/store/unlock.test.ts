import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { unlock } from '../../../renderer/src/store/accounts/unlock';
import { lock } from '../../../renderer/src/store/accounts/lock';
import { createOffice } from '../../../renderer/src/store/accounts/create-office';
import { openOfficeStore, hasOffice } from '../../../renderer/src/store/open-office-store';
import { wrappedKeyEntry } from '../../../renderer/src/store/db/meta';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import {
  ADMIN,
  cheapKdf,
  dbName,
  fakeClock,
  openTestStore,
  samplePerson,
  setUpOffice,
} from './helpers';

const people = repositoryFor('person');

describe('office setup', () => {
  it('creates the office, its first admin and a printable recovery key, unlocked', async () => {
    const store = await openTestStore();
    expect(await hasOffice(store)).toBe(false);
    const { session, recoveryKey } = await setUpOffice(store);
    expect(await hasOffice(store)).toBe(true);
    expect(recoveryKey).toMatch(/^(\w{5}-){7}\w{5}$/);
    expect(session).toMatchObject({ username: 'amina.admin', role: 'admin' });
    expect(store.keyring.unlocked).toBe(true);
    const records = await store.db.records.toArray();
    expect(records.map((r) => r.type).sort()).toEqual(['office', 'staff-user']);
    expect(await store.db.outbox.count()).toBe(2);
    const metaText = JSON.stringify(await store.db.meta.toArray());
    expect(metaText).not.toContain(recoveryKey);
  });

  it('refuses a second office, a weak passphrase and a bad username', async () => {
    const { store } = await setUpOffice();
    const input = {
      office: {
        name: 'X',
        country: { list: 'iso-3166-1' as const, version: '1', code: 'NE' },
        officeType: 'headquarters' as const,
      },
      admin: {
        username: 'someone',
        displayName: 'Some One',
        passphrase: 'long enough passphrase here',
      },
    };
    expect(await createOffice(store, input)).toEqual({
      ok: false,
      error: { code: 'office-exists' },
    });
    const fresh = await openTestStore();
    expect(
      await createOffice(fresh, {
        ...input,
        admin: { ...input.admin, passphrase: 'password1234' },
      }),
    ).toEqual({
      ok: false,
      error: { code: 'weak-passphrase', problems: ['too-common'] },
    });
    expect(
      await createOffice(fresh, { ...input, admin: { ...input.admin, username: 'A B' } }),
    ).toEqual({
      ok: false,
      error: { code: 'invalid-username' },
    });
    expect(await hasOffice(fresh)).toBe(false);
  });
});

describe('unlock', () => {
  it('unlocks after a reload with the right passphrase, and the data opens', async () => {
    const name = dbName();
    const clock = fakeClock();
    const { store, session } = await setUpOffice(
      await openOfficeStore(name, { clock, passphraseKdf: cheapKdf }),
    );
    const created = await people.create(session, samplePerson());
    store.db.close();

    const reopened = await openOfficeStore(name, { clock, passphraseKdf: cheapKdf });
    expect(reopened.keyring.unlocked).toBe(false);
    const result = await unlock(reopened, '  Amina.Admin ', ADMIN.passphrase);
    if (!result.ok) throw new Error(result.error.code);
    const got = await people.get(result.value, created.ok ? created.value.id : '');
    expect(got.ok && got.value.record.names).toEqual({
      latin: { given: 'Aminata', family: 'Zarafshani' },
    });
  });

  it('says wrong-passphrase, counts down, and an unknown user looks the same', async () => {
    const { store } = await setUpOffice();
    await lock(store);
    expect(await unlock(store, ADMIN.username, 'wrong wrong wrong wrong')).toEqual({
      ok: false,
      error: { code: 'wrong-passphrase', attemptsBeforeLockout: 4 },
    });
    expect(await unlock(store, 'nobody.here', 'wrong wrong wrong wrong')).toEqual({
      ok: false,
      error: { code: 'wrong-passphrase', attemptsBeforeLockout: 4 },
    });
    expect(store.keyring.unlocked).toBe(false);
    expect(store.current).toBeNull();
  });

  it('locks out after 5 failures with a growing delay that survives a reload', async () => {
    const name = dbName();
    const clock = fakeClock();
    const store = (
      await setUpOffice(await openOfficeStore(name, { clock, passphraseKdf: cheapKdf }))
    ).store;
    await lock(store);
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await unlock(store, ADMIN.username, `wrong attempt number ${i}`);
      codes.push(r.ok ? 'ok' : r.error.code);
    }
    expect(codes).toEqual([
      'wrong-passphrase',
      'wrong-passphrase',
      'wrong-passphrase',
      'wrong-passphrase',
      'locked-out',
    ]);
    const t0 = clock.now();
    // Even the right passphrase is refused while locked, without counting.
    expect(await unlock(store, ADMIN.username, ADMIN.passphrase)).toEqual({
      ok: false,
      error: { code: 'locked-out', retryAt: t0 + 30_000 },
    });

    store.db.close();
    const reloaded = await openOfficeStore(name, { clock, passphraseKdf: cheapKdf });
    expect(await unlock(reloaded, ADMIN.username, ADMIN.passphrase)).toMatchObject({
      error: { code: 'locked-out', retryAt: t0 + 30_000 },
    });

    clock.advance(30_000);
    expect(await unlock(reloaded, ADMIN.username, 'still wrong, sixth')).toEqual({
      ok: false,
      error: { code: 'locked-out', retryAt: t0 + 30_000 + 60_000 },
    });
    clock.advance(60_000);
    expect(await unlock(reloaded, ADMIN.username, 'still wrong, seventh')).toMatchObject({
      error: { code: 'locked-out', retryAt: clock.now() + 120_000 },
    });
    clock.advance(120_000);
    const ok = await unlock(reloaded, ADMIN.username, ADMIN.passphrase);
    expect(ok.ok).toBe(true);
    // Success resets the counter.
    await lock(reloaded);
    expect(await unlock(reloaded, ADMIN.username, 'one more wrong try')).toMatchObject({
      error: { code: 'wrong-passphrase', attemptsBeforeLockout: 4 },
    });
  });

  it('detects a wrapped key that is not this database’s (key-mismatch) before reading data', async () => {
    const a = await setUpOffice();
    const b = await setUpOffice();
    const wrappedB = await b.store.db.meta.get(wrappedKeyEntry(b.session.staffId).key);
    await lock(a.store);
    await a.store.db.meta.put({ ...wrappedB!, key: wrappedKeyEntry(a.session.staffId).key });
    expect(await unlock(a.store, ADMIN.username, ADMIN.passphrase)).toEqual({
      ok: false,
      error: { code: 'key-mismatch' },
    });
    expect(a.store.keyring.unlocked).toBe(false);
  });

  it('makes an old session object useless after lock', async () => {
    const { store, session } = await setUpOffice();
    await lock(store);
    expect(await people.create(session, samplePerson())).toEqual({
      ok: false,
      error: { code: 'locked' },
    });
    const again = await unlock(store, ADMIN.username, ADMIN.passphrase);
    expect(again.ok).toBe(true);
    expect(await people.list(session)).toEqual({ ok: false, error: { code: 'locked' } });
  });

  it('raises weak KDF parameters at the next unlock', async () => {
    const name = dbName();
    const clock = fakeClock();
    const weak = () => ({ ...cheapKdf(), iterations: 1_000 });
    const { store, session } = await setUpOffice(
      await openOfficeStore(name, { clock, passphraseKdf: weak }),
    );
    store.db.close();
    const stronger = () => ({ ...cheapKdf(), iterations: 2_000 });
    const reopened = await openOfficeStore(name, { clock, passphraseKdf: stronger });
    expect((await unlock(reopened, ADMIN.username, ADMIN.passphrase)).ok).toBe(true);
    const stored = await reopened.db.meta.get(wrappedKeyEntry(session.staffId).key);
    expect((stored?.value as { kdf: { iterations: number } }).kdf.iterations).toBe(2_000);
    await lock(reopened);
    expect((await unlock(reopened, ADMIN.username, ADMIN.passphrase)).ok).toBe(true);
  });
});
