import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addStaff } from '../../../renderer/src/store/accounts/add-staff';
import { lock } from '../../../renderer/src/store/accounts/lock';
import { unlock } from '../../../renderer/src/store/accounts/unlock';
import { findByIdentifier } from '../../../renderer/src/store/records/find-by-identifier';
import { rebuildBlindIndexesIfNeeded } from '../../../renderer/src/store/records/rebuild-blind-indexes';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import { BLIND_INDEX_REBUILD_KEY } from '../../../renderer/src/store/migrations/002-blind-index';
import { ADMIN, samplePerson, setUpOffice } from './helpers';

const people = repositoryFor('person');

async function created(session: Parameters<typeof people.create>[0], family = 'Zarafshani') {
  const result = await people.create(session, samplePerson(family));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('record repository', () => {
  it('creates with the store’s envelope, whatever the caller sends', async () => {
    const { session } = await setUpOffice();
    const forged = { ...samplePerson(), id: 'forged', officeId: 'elsewhere', rev: 99 } as never;
    const result = await people.create(session, forged);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.value).toMatchObject({ type: 'person', officeId: session.officeId, rev: 1 });
    expect(result.value.createdAt).toBe('2025-03-01T09:00:00.000Z');
  });

  it('refuses invalid content with field paths and codes, and writes nothing', async () => {
    const { store, session } = await setUpOffice();
    const before = await store.db.outbox.count();
    const bad = {
      ...samplePerson(),
      email: 'not-an-email',
      phones: [{ number: '0790', kind: 'mobile' }],
    };
    const result = await people.create(session, bad as never);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'invalid-record')
      throw new Error('expected invalid-record');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: ['email'], code: 'invalid-email' },
        { path: ['phones', 0, 'number'], code: 'invalid-e164' },
      ]),
    );
    expect(JSON.stringify(result.error)).not.toContain('not-an-email');
    expect(await store.db.outbox.count()).toBe(before);
  });

  it('updates with a patch, bumps rev, and refuses a stale rev', async () => {
    const { session } = await setUpOffice();
    const person = await created(session);
    const updated = await people.update(session, person.id, { sex: 'male' }, { expectedRev: 1 });
    expect(updated.ok && updated.value).toMatchObject({ sex: 'male', rev: 2, names: person.names });
    expect(await people.update(session, person.id, { sex: 'female' }, { expectedRev: 1 })).toEqual({
      ok: false,
      error: { code: 'rev-conflict' },
    });
    expect(await people.update(session, 'missing', { sex: 'female' })).toEqual({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('deletes, and a deleted record is not found', async () => {
    const { session } = await setUpOffice();
    const person = await created(session);
    expect(await people.remove(session, person.id, { expectedRev: 1 })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await people.get(session, person.id)).toEqual({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('does not hand out a record of another type', async () => {
    const { session } = await setUpOffice();
    const orgs = repositoryFor('organisation');
    expect(await orgs.get(session, session.staffId)).toEqual({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('shows high-risk fields to a counsellor and logs the read; hides them from a clerk', async () => {
    const { store, session } = await setUpOffice();
    const person = await created(session);
    const full = await people.get(session, person.id);
    expect(full.ok && full.value).toMatchObject({
      hiddenFields: [],
      record: { notes: person.notes },
    });
    const views = await store.db.audit.where('recordId').equals(person.id).toArray();
    expect(views.map((v) => v.action)).toEqual(['create', 'view-high-risk']);

    await addStaff(session, ADMIN.passphrase, {
      username: 'moussa.clerk',
      displayName: 'Moussa',
      role: 'clerk',
      passphrase: 'blue mango river morning',
    });
    await lock(store);
    const clerk = await unlock(store, 'moussa.clerk', 'blue mango river morning');
    if (!clerk.ok) throw new Error(clerk.error.code);
    const seen = await people.get(clerk.value, person.id);
    if (!seen.ok) throw new Error(seen.error.code);
    expect([...seen.value.hiddenFields].sort()).toEqual(['documents', 'notes']);
    expect(seen.value.record.notes).toBeUndefined();
    expect(seen.value.record.names).toEqual(person.names);
    expect(await store.db.audit.where('recordId').equals(person.id).count()).toBe(2);
  });

  it('lists newest first, paged, without high-risk fields', async () => {
    const { store, session } = await setUpOffice();
    const clock = store.clock as unknown as { advance(ms: number): void };
    for (const family of ['Alpha', 'Beta', 'Gamma']) {
      await created(session, family);
      clock.advance(1000);
    }
    const page = await people.list(session, { limit: 2 });
    if (!page.ok) throw new Error(page.error.code);
    expect(page.value.records.map((r) => r.names?.latin?.family)).toEqual(['Gamma', 'Beta']);
    expect(
      page.value.records.every((r) => r.notes === undefined && r.documents === undefined),
    ).toBe(true);
    const next = await people.list(session, { limit: 2, offset: 2 });
    expect(next.ok && next.value.records.map((r) => r.names?.latin?.family)).toEqual(['Alpha']);
  });

  it('finds records by exact phone, e-mail or document through blind indexes', async () => {
    const { store, session } = await setUpOffice();
    const person = await created(session);
    expect(await findByIdentifier(session, 'phone', '+227 90 12 34 56')).toEqual({
      ok: true,
      value: [person.id],
    });
    expect(await findByIdentifier(session, 'email', 'AMINATA@example.org')).toEqual({
      ok: true,
      value: [person.id],
    });
    expect(await findByIdentifier(session, 'document', 'passport|NE|ne-123456')).toEqual({
      ok: true,
      value: [person.id],
    });
    const rawIndex = JSON.stringify(await store.db.blindIndex.toArray());
    expect(rawIndex).not.toContain('22790123456');
    await people.update(session, person.id, { email: 'new@example.org' });
    expect(await findByIdentifier(session, 'email', 'aminata@example.org')).toEqual({
      ok: true,
      value: [],
    });
    expect(await findByIdentifier(session, 'email', 'new@example.org')).toEqual({
      ok: true,
      value: [person.id],
    });
    await people.remove(session, person.id);
    expect(await store.db.blindIndex.count()).toBe(0);
  });

  it('rebuilds blind indexes after unlock when a migration asked for it', async () => {
    const { store, session } = await setUpOffice();
    const person = await created(session);
    await store.db.blindIndex.clear();
    await store.db.meta.put({ key: BLIND_INDEX_REBUILD_KEY, value: { fromVersion: 1 } });
    expect(await rebuildBlindIndexesIfNeeded(session)).toEqual({ ok: true, value: 1 });
    expect(await findByIdentifier(session, 'phone', '+22790123456')).toEqual({
      ok: true,
      value: [person.id],
    });
    expect(await rebuildBlindIndexesIfNeeded(session)).toEqual({ ok: true, value: 0 });
  });
});
