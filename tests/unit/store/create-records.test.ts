import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createRecords } from '../../../renderer/src/store/records/create-records';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import { StoreFailure } from '../../../renderer/src/store/store-error';
import type { Session } from '../../../renderer/src/store/session';
import { samplePerson, setUpOffice } from './helpers';

const french = { list: 'iso-639-3' as const, version: '2024-12-12', code: 'fra' };

function consentFor(session: Session, personId: string, noticeVersion = '2025-1') {
  return {
    type: 'consent' as const,
    content: {
      personId,
      purpose: 'registration' as const,
      noticeVersion,
      noticeLanguage: french,
      method: 'paper-signed' as const,
      givenAt: '2025-03-01T09:00:00.000Z',
      recordedBy: session.staffId,
    },
  };
}

async function counts(session: Session) {
  const { db } = session.store;
  return {
    records: await db.records.count(),
    outbox: await db.outbox.count(),
    audit: await db.audit.count(),
  };
}

describe('createRecords', () => {
  it('writes a person and the consents that point to it in one go', async () => {
    const { session } = await setUpOffice();
    const before = await counts(session);
    const result = await createRecords(session, (reserveId) => {
      const id = reserveId();
      return [{ type: 'person', id, content: samplePerson() }, consentFor(session, id)];
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [person, consent] = result.value;
    expect(consent).toMatchObject({ type: 'consent', personId: person!.id, rev: 1 });
    const after = await counts(session);
    expect(after.records - before.records).toBe(2);
    expect(after.outbox - before.outbox).toBe(2);
    const stored = await repositoryFor('person').get(session, person!.id);
    expect(stored.ok && stored.value.record.names).toEqual(samplePerson().names);
  });

  it('leaves nothing when one of the records is invalid', async () => {
    const { session } = await setUpOffice();
    const before = await counts(session);
    const result = await createRecords(session, (reserveId) => {
      const id = reserveId();
      return [{ type: 'person', id, content: samplePerson() }, consentFor(session, id, '')];
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-record' } });
    expect(await counts(session)).toEqual(before);
  });

  it('leaves nothing when storage fails after the first record was written', async () => {
    const { session } = await setUpOffice();
    const before = await counts(session);
    const outbox = session.store.db.outbox;
    const add = outbox.add.bind(outbox);
    let calls = 0;
    const spy = vi.spyOn(outbox, 'add').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) throw new StoreFailure({ code: 'storage-failed' });
      return add(...args);
    });
    const result = await createRecords(session, (reserveId) => {
      const id = reserveId();
      return [{ type: 'person', id, content: samplePerson() }, consentFor(session, id)];
    });
    spy.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(calls).toBe(2);
    expect(await counts(session)).toEqual(before);
  });

  it('refuses an id that it did not hand out', async () => {
    const { session } = await setUpOffice();
    const result = await createRecords(session, () => [
      { type: 'person', id: '01890000-0000-7000-8000-000000000000', content: samplePerson() },
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-record' } });
  });
});
