import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addStaff } from '../../../renderer/src/store/accounts/add-staff';
import { lock } from '../../../renderer/src/store/accounts/lock';
import { unlock } from '../../../renderer/src/store/accounts/unlock';
import { OfficeDb } from '../../../renderer/src/store/db/office-db';
import { appendHistory } from '../../../renderer/src/store/history/append-history';
import { listHistory } from '../../../renderer/src/store/history/list-history';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import { inRecordTransaction } from '../../../renderer/src/store/records/run-record-write';
import type { Session } from '../../../renderer/src/store/session';
import { ADMIN, dbName, rawRows, samplePerson, setUpOffice, storedText } from './helpers';

const people = repositoryFor('person');

async function created(session: Session) {
  const result = await people.create(session, samplePerson());
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

async function history(session: Session, id: string, limit = 20, offset = 0) {
  const page = await listHistory(session, id, { limit, offset });
  if (!page.ok) throw new Error(page.error.code);
  return page.value;
}

describe('migration 003 (history)', () => {
  it('adds the history table to a version-2 database and keeps its records', async () => {
    const name = dbName();
    const v2 = new OfficeDb(name, { schemaVersion: 2 });
    await v2.open();
    await v2.table('meta').put({ key: 'office', value: { officeId: 'o' } });
    v2.close();

    const v3 = new OfficeDb(name, { schemaVersion: 3 });
    await v3.open();
    expect(v3.verno).toBe(3);
    const schema = v3.table('history').schema;
    expect([schema.primKey.src, ...schema.indexes.map((i) => i.src)]).toEqual([
      'entryId',
      '[recordId+at]',
    ]);
    expect(await v3.table('meta').get('office')).toEqual({
      key: 'office',
      value: { officeId: 'o' },
    });
    v3.close();
  });
});

describe('record history', () => {
  it('records each write with who, when and every field from → to, newest first', async () => {
    const { store, session } = await setUpOffice();
    const person = await created(session);
    (store.clock as unknown as { advance(ms: number): void }).advance(60_000);
    const updated = await people.update(session, person.id, { sex: 'male', email: undefined });
    expect(updated.ok).toBe(true);
    // An update that changes nothing leaves no entry.
    await people.update(session, person.id, { sex: 'male' });

    const page = await history(session, person.id);
    expect(page.total).toBe(2);
    const [latest, first] = page.entries;
    expect(latest).toMatchObject({
      kind: 'update',
      at: '2025-03-01T09:01:00.000Z',
      userId: session.staffId,
      source: 'local',
    });
    expect(latest!.changes).toEqual([
      { field: 'email', from: 'aminata@example.org', to: null, withheld: false },
      { field: 'sex', from: 'female', to: 'male', withheld: false },
    ]);
    expect(first).toMatchObject({ kind: 'create', at: '2025-03-01T09:00:00.000Z' });
    expect(first!.changes.find((c) => c.field === 'names')).toEqual({
      field: 'names',
      from: null,
      to: person.names,
      withheld: false,
    });
  });

  it('keeps the history after the outbox op is gone (synced), sealed at rest', async () => {
    const { store, session } = await setUpOffice();
    const person = await created(session);
    await store.db.outbox.clear();
    expect((await history(session, person.id)).total).toBe(1);
    const raw = (await rawRows(store.db.name, 'history')).filter(
      (row) => (row as { recordId: string }).recordId === person.id,
    );
    expect(raw).toHaveLength(1);
    expect(Object.keys(raw[0] as object).sort()).toEqual(
      ['at', 'ciphertext', 'entryId', 'iv', 'recordId', 'recordType'].sort(),
    );
    const text = storedText(raw);
    expect(text).not.toContain('Zarafshani');
    expect(text).not.toContain('aminata@example.org');
    expect(text).not.toContain(session.staffId);
    expect(text).toContain(person.id);
  });

  it('pages newest first', async () => {
    const { store, session } = await setUpOffice();
    const person = await created(session);
    const clock = store.clock as unknown as { advance(ms: number): void };
    for (const year of [2001, 2002, 2003]) {
      clock.advance(1000);
      await people.update(session, person.id, { emigrationYear: year });
    }
    const first = await history(session, person.id, 2, 0);
    const second = await history(session, person.id, 2, 2);
    expect(first.total).toBe(4);
    expect(first.entries.map((e) => e.changes[0]?.to)).toEqual([2003, 2002]);
    expect(second.entries.map((e) => e.kind)).toEqual(['update', 'create']);
  });

  it('withholds high-risk values from clerks and logs the reads of roles that see them', async () => {
    const { store, session } = await setUpOffice();
    const person = await created(session);
    await people.update(session, person.id, { notes: 'Brother in Agadez' });
    await history(session, person.id);
    const actions = await store.db.audit.where('recordId').equals(person.id).toArray();
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'view-high-risk']);

    await addStaff(session, ADMIN.passphrase, {
      username: 'moussa.clerk',
      displayName: 'Moussa',
      role: 'clerk',
      passphrase: 'blue mango river morning',
    });
    await lock(store);
    const clerk = await unlock(store, 'moussa.clerk', 'blue mango river morning');
    if (!clerk.ok) throw new Error(clerk.error.code);
    const seen = await history(clerk.value, person.id);
    expect(seen.entries[0]!.changes).toEqual([{ field: 'notes', withheld: true }]);
    expect(JSON.stringify(seen)).not.toContain('Agadez');
    expect(JSON.stringify(seen)).not.toContain('NE123456');
    expect(await store.db.audit.where('recordId').equals(person.id).count()).toBe(3);
  });

  it('takes pulled changes through appendHistory, in the caller’s transaction', async () => {
    const { session } = await setUpOffice();
    const person = await created(session);
    const remoteUser = '0195f0c8-0000-7000-8000-0000000000aa';
    await inRecordTransaction(session, () =>
      appendHistory(session.store.db, {
        recordId: person.id,
        recordType: 'person',
        kind: 'update',
        at: '2025-03-02T10:00:00.000Z',
        userId: remoteUser,
        changes: { generation: { from: null, to: 'descendant' } },
        source: 'sync',
      }),
    );
    const page = await history(session, person.id);
    expect(page.entries[0]).toMatchObject({
      userId: remoteUser,
      source: 'sync',
      changes: [{ field: 'generation', from: null, to: 'descendant', withheld: false }],
    });
    await expect(
      appendHistory(session.store.db, {
        recordId: person.id,
        recordType: 'person',
        kind: 'update',
        at: '2025-03-02T10:00:00.000Z',
        userId: null,
        changes: {},
        source: 'sync',
      }),
    ).rejects.toThrow('rw transaction');
  });

  it('aborts with the record write: no entry when the transaction fails', async () => {
    const { session } = await setUpOffice();
    const person = await created(session);
    const failed = await inRecordTransaction(session, async () => {
      await appendHistory(session.store.db, {
        recordId: person.id,
        recordType: 'person',
        kind: 'update',
        at: '2025-03-02T10:00:00.000Z',
        userId: session.staffId,
        changes: { sex: { from: 'female', to: 'male' } },
        source: 'local',
      });
      throw new Error('boom');
    }).catch((error: Error) => error.message);
    expect(failed).toBe('boom');
    expect((await history(session, person.id)).total).toBe(1);
  });
});
