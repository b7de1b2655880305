import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addStaff } from '../../../renderer/src/store/accounts/add-staff';
import { changePassphrase } from '../../../renderer/src/store/accounts/change-passphrase';
import { disableStaff } from '../../../renderer/src/store/accounts/disable-staff';
import { lock } from '../../../renderer/src/store/accounts/lock';
import { recoverAccess } from '../../../renderer/src/store/accounts/recover-access';
import { rotateRecoveryKey } from '../../../renderer/src/store/accounts/rotate-recovery-key';
import { unlock } from '../../../renderer/src/store/accounts/unlock';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import { ADMIN, rawRows, samplePerson, setUpOffice } from './helpers';

const people = repositoryFor('person');
const staffUsers = repositoryFor('staff-user');
const CLERK = {
  username: 'moussa.clerk',
  displayName: 'Moussa',
  role: 'clerk' as const,
  passphrase: 'blue mango river morning',
};

async function ciphertexts(name: string) {
  const rows = (await rawRows(name, 'records')) as { id: string; ciphertext: ArrayBuffer }[];
  return new Map(rows.map((r) => [r.id, Array.from(new Uint8Array(r.ciphertext))]));
}

describe('staff accounts', () => {
  it('an admin adds a clerk, who can then unlock and must change the passphrase', async () => {
    const { store, session } = await setUpOffice();
    const added = await addStaff(session, ADMIN.passphrase, CLERK);
    if (!added.ok) throw new Error(added.error.code);
    expect(added.value).toMatchObject({
      username: 'moussa.clerk',
      role: 'clerk',
      mustChangePassphrase: true,
    });
    const record = await staffUsers.get(session, added.value.id);
    expect(record.ok && record.value.record).toMatchObject({
      displayName: 'Moussa',
      role: 'clerk',
    });
    await lock(store);
    const clerk = await unlock(store, CLERK.username, CLERK.passphrase);
    expect(clerk.ok && clerk.value.role).toBe('clerk');
  });

  it('needs the admin passphrase again, an admin role, and a free username', async () => {
    const { store, session } = await setUpOffice();
    expect(await addStaff(session, 'not my passphrase at all', CLERK)).toEqual({
      ok: false,
      error: { code: 'wrong-passphrase', attemptsBeforeLockout: 4 },
    });
    const added = await addStaff(session, ADMIN.passphrase, CLERK);
    expect(added.ok).toBe(true);
    expect(await addStaff(session, ADMIN.passphrase, { ...CLERK, displayName: 'Other' })).toEqual({
      ok: false,
      error: { code: 'username-taken' },
    });
    await lock(store);
    const clerk = await unlock(store, CLERK.username, CLERK.passphrase);
    if (!clerk.ok) throw new Error(clerk.error.code);
    expect(
      await addStaff(clerk.value, CLERK.passphrase, { ...CLERK, username: 'third.one' }),
    ).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('a disabled account can no longer unlock', async () => {
    const { store, session } = await setUpOffice();
    const added = await addStaff(session, ADMIN.passphrase, CLERK);
    if (!added.ok) throw new Error(added.error.code);
    expect(await disableStaff(session, added.value.id)).toEqual({ ok: true, value: undefined });
    expect(await disableStaff(session, session.staffId)).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    const record = await staffUsers.get(session, added.value.id);
    expect(record.ok && record.value.record.disabled).toBe(true);
    await lock(store);
    expect(await unlock(store, CLERK.username, CLERK.passphrase)).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
  });

  it('changing a passphrase rewraps the key and leaves every ciphertext byte unchanged', async () => {
    const { store, session } = await setUpOffice();
    await people.create(session, samplePerson('Alpha'));
    await people.create(session, samplePerson('Beta'));
    const before = await ciphertexts(store.db.name);
    const next = 'a brand new passphrase for amina';
    expect(await changePassphrase(session, 'wrong current passphrase', next)).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    expect(await changePassphrase(session, ADMIN.passphrase, 'short')).toMatchObject({
      ok: false,
      error: { code: 'weak-passphrase' },
    });
    expect(await changePassphrase(session, ADMIN.passphrase, next)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await ciphertexts(store.db.name)).toEqual(before);
    await lock(store);
    expect((await unlock(store, ADMIN.username, ADMIN.passphrase)).ok).toBe(false);
    const unlocked = await unlock(store, ADMIN.username, next);
    if (!unlocked.ok) throw new Error(unlocked.error.code);
    const list = await people.list(unlocked.value);
    expect(list.ok && list.value.records).toHaveLength(2);
  });

  it('the recovery key sets a new passphrase, clears a lockout, and data still opens', async () => {
    const { store, session, recoveryKey } = await setUpOffice();
    await people.create(session, samplePerson());
    const before = await ciphertexts(store.db.name);
    await lock(store);
    for (let i = 0; i < 5; i++) await unlock(store, ADMIN.username, `forgotten passphrase ${i}`);
    expect(await unlock(store, ADMIN.username, ADMIN.passphrase)).toMatchObject({
      error: { code: 'locked-out' },
    });

    const next = 'remembered at last, new words';
    expect(await recoverAccess(store, 'AAAAA-AAAAA', ADMIN.username, next)).toEqual({
      ok: false,
      error: { code: 'invalid-recovery-key' },
    });
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const recovered = await recoverAccess(store, typed, ADMIN.username, next);
    if (!recovered.ok) throw new Error(recovered.error.code);
    expect(await ciphertexts(store.db.name)).toEqual(before);
    const list = await people.list(recovered.value);
    expect(list.ok && list.value.records).toHaveLength(1);
    await lock(store);
    expect((await unlock(store, ADMIN.username, next)).ok).toBe(true);
    const actions = (await store.db.audit.toArray()).map((e) => e.action);
    expect(actions).toContain('recovery-used');
  });

  it('a rotated recovery key replaces the old one', async () => {
    const { store, session, recoveryKey } = await setUpOffice();
    const rotated = await rotateRecoveryKey(session, ADMIN.passphrase);
    if (!rotated.ok) throw new Error(rotated.error.code);
    expect(rotated.value).not.toBe(recoveryKey);
    await lock(store);
    expect(
      await recoverAccess(store, recoveryKey, ADMIN.username, 'one two three four five'),
    ).toEqual({
      ok: false,
      error: { code: 'wrong-recovery-key' },
    });
    expect(
      (await recoverAccess(store, rotated.value, ADMIN.username, 'one two three four five')).ok,
    ).toBe(true);
  });
});
