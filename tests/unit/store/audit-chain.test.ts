import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../renderer/src/store/audit/verify-audit-chain';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import { logout } from '../../../renderer/src/store/accounts/lock';
import { samplePerson, setUpOffice } from './helpers';

const people = repositoryFor('person');

async function officeWithHistory() {
  const office = await setUpOffice();
  const created = await people.create(office.session, samplePerson());
  if (!created.ok) throw new Error(created.error.code);
  await people.update(office.session, created.value.id, { sex: 'undisclosed' });
  await people.get(office.session, created.value.id);
  return { ...office, personId: created.value.id };
}

describe('audit log', () => {
  it('records ids and actions, never personal data, chained from the genesis hash', async () => {
    const { store, personId } = await officeWithHistory();
    const entries = await store.db.audit.orderBy('seq').toArray();
    expect(entries.map((e) => e.action)).toEqual([
      'create', // office
      'create', // admin staff-user
      'staff-add',
      'login',
      'create',
      'update',
      'view-high-risk',
    ]);
    expect(entries[0]!.prevHash).toBe('0'.repeat(64));
    expect(entries[4]).toMatchObject({ recordId: personId, recordType: 'person' });
    expect(JSON.stringify(entries)).not.toContain('Aminata');
    expect(await verifyAuditChain(store.db)).toEqual({
      ok: true,
      count: 7,
      head: { seq: 7, hash: entries[6]!.hash },
    });
  });

  it('detects an edited entry', async () => {
    const { store } = await officeWithHistory();
    await store.db.audit.update(5, { action: 'view-high-risk' });
    expect(await verifyAuditChain(store.db)).toEqual({
      ok: false,
      brokenAt: 5,
      reason: 'hash-mismatch',
    });
  });

  it('detects an edited entry whose hash was recomputed: the next link breaks', async () => {
    const { store } = await officeWithHistory();
    const entry = (await store.db.audit.get(3))!;
    await store.db.audit.put({ ...entry, hash: 'f'.repeat(64) });
    const verdict = await verifyAuditChain(store.db);
    expect(verdict).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('detects a deleted entry in the middle', async () => {
    const { store } = await officeWithHistory();
    await store.db.audit.delete(4);
    expect(await verifyAuditChain(store.db)).toEqual({
      ok: false,
      brokenAt: 5,
      reason: 'missing-entry',
    });
  });

  it('detects a deleted last entry through the head kept in meta', async () => {
    const { store } = await officeWithHistory();
    await store.db.audit.delete(7);
    expect(await verifyAuditChain(store.db)).toEqual({
      ok: false,
      brokenAt: 7,
      reason: 'missing-entry',
    });
  });

  it('keeps the chain across logout and a failed login', async () => {
    const { store } = await officeWithHistory();
    await logout(store);
    const { unlock } = await import('../../../renderer/src/store/accounts/unlock');
    await unlock(store, 'amina.admin', 'not the passphrase at all');
    const verdict = await verifyAuditChain(store.db);
    expect(verdict).toMatchObject({ ok: true, count: 9 });
    const last = await store.db.audit.orderBy('seq').last();
    expect(last).toMatchObject({ action: 'login-failed', recordId: null });
  });
});
