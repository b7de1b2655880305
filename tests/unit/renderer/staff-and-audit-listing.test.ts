import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addStaff } from '../../../renderer/src/store/accounts/add-staff';
import {
  listStaff,
  listStaffLogins,
  mustChangePassphrase,
} from '../../../renderer/src/store/accounts/list-staff';
import { logout } from '../../../renderer/src/store/accounts/lock';
import { unlock } from '../../../renderer/src/store/accounts/unlock';
import { listAuditEntries } from '../../../renderer/src/store/audit/list-audit-entries';
import { ADMIN, rawRows, setUpOffice, storedText } from '../store/helpers';

const CLERK = {
  username: 'moussa.clerk',
  displayName: 'Moussa Issoufou',
  role: 'clerk' as const,
  passphrase: 'green door yellow window',
  phone: '+22790123456',
  email: 'moussa@example.org',
};

async function officeWithClerk() {
  const office = await setUpOffice();
  const added = await addStaff(office.session, ADMIN.passphrase, CLERK);
  if (!added.ok) throw new Error(added.error.code);
  return { ...office, clerkId: added.value.id };
}

describe('listing staff', () => {
  it('joins logins with their sealed records, contact details included', async () => {
    const { session, clerkId } = await officeWithClerk();
    const result = await listStaff(session);
    expect(result).toEqual({
      ok: true,
      value: [
        expect.objectContaining({ username: 'amina.admin', role: 'admin', status: 'active' }),
        {
          id: clerkId,
          username: 'moussa.clerk',
          role: 'clerk',
          status: 'active',
          mustChangePassphrase: true,
          displayName: 'Moussa Issoufou',
          phone: '+22790123456',
          email: 'moussa@example.org',
        },
      ],
    });
  });

  it('keeps the contact details out of the clear columns', async () => {
    const { store } = await officeWithClerk();
    const stored = (await rawRows(store.db.name, 'records')).map(storedText).join('\n');
    expect(stored).toContain('staff-user');
    for (const secret of ['Moussa Issoufou', '22790123456', 'moussa@example.org']) {
      expect(stored).not.toContain(secret);
    }
  });

  it('is for administrators only, and says when a first passphrase must be replaced', async () => {
    const { store, session } = await officeWithClerk();
    expect(await mustChangePassphrase(session)).toEqual({ ok: true, value: false });
    await logout(store);
    const clerk = await unlock(store, CLERK.username, CLERK.passphrase);
    if (!clerk.ok) throw new Error(clerk.error.code);
    expect(await mustChangePassphrase(clerk.value)).toEqual({ ok: true, value: true });
    expect(await listStaff(clerk.value)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await listStaffLogins(clerk.value)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await listAuditEntries(clerk.value)).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('listing the audit log', () => {
  async function officeWithHistory() {
    const office = await officeWithClerk();
    await logout(office.store);
    await unlock(office.store, 'nobody.here', 'some wrong words here');
    await unlock(office.store, ADMIN.username, 'some wrong words here');
    const again = await unlock(office.store, ADMIN.username, ADMIN.passphrase);
    if (!again.ok) throw new Error(again.error.code);
    return { ...office, session: again.value };
  }

  it('lists newest first, in pages, with the total', async () => {
    const { session } = await officeWithHistory();
    const first = await listAuditEntries(session, { limit: 3 });
    if (!first.ok) throw new Error(first.error.code);
    expect(first.value.entries.map((e) => e.action)).toEqual([
      'login',
      'login-failed',
      'login-failed',
    ]);
    const total = first.value.total;
    const seqs = first.value.entries.map((e) => e.seq);
    expect(seqs).toEqual([total, total - 1, total - 2]);
    const last = await listAuditEntries(session, { limit: 3, offset: total - 1 });
    expect(last.ok && last.value.entries.map((e) => e.seq)).toEqual([1]);
  });

  it('filters by action, by person and by entries without an account', async () => {
    const { session } = await officeWithHistory();
    const failed = await listAuditEntries(session, { action: 'login-failed' });
    expect(failed.ok && failed.value.total).toBe(2);

    const mine = await listAuditEntries(session, { userId: session.staffId, action: 'login' });
    expect(mine.ok && mine.value.entries.every((e) => e.userId === session.staffId)).toBe(true);
    expect(mine.ok && mine.value.total).toBe(2);

    const anonymous = await listAuditEntries(session, { userId: null });
    expect(anonymous.ok && anonymous.value.entries.map((e) => e.action)).toEqual(['login-failed']);
  });
});
