import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../../shared/domain/person';
import { saveEditedMember } from '../../../../renderer/src/screens/members/form/save-member';
import type { MemberSubmission } from '../../../../renderer/src/screens/members/form/validate-member-form';
import { repositoryFor } from '../../../../renderer/src/store/records/record-repository';
import { StoreFailure } from '../../../../renderer/src/store/store-error';
import type { Session } from '../../../../renderer/src/store/session';
import { samplePerson, setUpOffice } from '../../store/helpers';

const french = { list: 'iso-639-3' as const, version: '2024-12-12', code: 'fra' };

async function registered(session: Session) {
  const created = await repositoryFor('person').create(session, samplePerson());
  if (!created.ok) throw new Error(created.error.code);
  return created.value;
}

function renamedWithConsents(person: Person): MemberSubmission {
  const {
    id: _i,
    type: _t,
    officeId: _o,
    createdAt: _c,
    updatedAt: _u,
    rev: _r,
    ...fields
  } = person;
  return {
    person: { ...fields, names: { latin: { given: 'Aminata', family: 'Renamed' } } },
    newConsents: ['registration', 'contact-opportunities'],
    notice: { version: '2025-1', language: french, method: 'paper-signed' },
  };
}

async function counts(session: Session) {
  const { db } = session.store;
  return {
    records: await db.records.count(),
    outbox: await db.outbox.count(),
    audit: await db.audit.count(),
    history: await db.history.count(),
  };
}

const target = (person: Person) => ({
  id: person.id,
  rev: person.rev,
  original: person,
  hiddenFields: [],
});

describe('saveEditedMember', () => {
  it('saves the edit and the newly given consents together', async () => {
    const { session } = await setUpOffice();
    const person = await registered(session);
    const before = await counts(session);
    const result = await saveEditedMember(session, target(person), renamedWithConsents(person));
    expect(result).toEqual({ ok: true, value: person.id });
    const after = await counts(session);
    expect(after.records - before.records).toBe(2);
    expect(after.outbox - before.outbox).toBe(3);
    const stored = await repositoryFor('person').get(session, person.id);
    expect(stored.ok && stored.value.record.names?.latin?.family).toBe('Renamed');
    const consents = await repositoryFor('consent').list(session);
    expect(consents.ok && consents.value.records.map((c) => c.purpose).sort()).toEqual([
      'contact-opportunities',
      'registration',
    ]);
  });

  it('leaves neither the edit nor any consent when storing a consent fails', async () => {
    const { session } = await setUpOffice();
    const person = await registered(session);
    const before = await counts(session);
    const outbox = session.store.db.outbox;
    const add = outbox.add.bind(outbox);
    let calls = 0;
    const spy = vi.spyOn(outbox, 'add').mockImplementation((...args) => {
      calls += 1;
      if (calls === 3) throw new StoreFailure({ code: 'storage-failed' });
      return add(...args);
    });
    const result = await saveEditedMember(session, target(person), renamedWithConsents(person));
    spy.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(calls).toBe(3);
    expect(await counts(session)).toEqual(before);
    const stored = await repositoryFor('person').get(session, person.id);
    expect(stored.ok && stored.value.record).toMatchObject({ rev: 1, names: person.names });
  });

  it('leaves the consents unwritten when the person changed meanwhile', async () => {
    const { session } = await setUpOffice();
    const person = await registered(session);
    const before = await counts(session);
    const stale = { ...target(person), rev: person.rev + 1 };
    const result = await saveEditedMember(session, stale, renamedWithConsents(person));
    expect(result).toMatchObject({ ok: false, error: { code: 'rev-conflict' } });
    expect(await counts(session)).toEqual(before);
  });
});
