import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import { bulkPutSealed } from '../../../renderer/src/store/records/bulk-put-sealed';
import type { DamageReport } from '../../../renderer/src/store/encryption/damage-report';
import type { RecordRow } from '../../../renderer/src/store/db/rows';
import { rawRows, samplePerson, setUpOffice, storedText } from './helpers';

const people = repositoryFor('person');

async function officeWithPeople(...families: string[]) {
  const office = await setUpOffice();
  const ids: string[] = [];
  for (const family of families) {
    const created = await people.create(office.session, samplePerson(family));
    if (!created.ok) throw new Error(created.error.code);
    ids.push(created.value.id);
  }
  return { ...office, ids };
}

describe('encryption middleware', () => {
  it('round-trips a record and leaves no plaintext in the stored row', async () => {
    const { store, ids } = await officeWithPeople('Zarafshani');
    const read = await store.db.records.get(ids[0]!);
    expect(read?.names).toEqual({ latin: { given: 'Aminata', family: 'Zarafshani' } });
    const [row] = (await rawRows(store.db.name, 'records')).filter(
      (r) => (r as RecordRow).id === ids[0],
    );
    const text = storedText(row);
    for (const secret of [
      'Zarafshani',
      'Aminata',
      '22790123456',
      'aminata@example.org',
      'NE123456',
      'Agadez',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(Object.keys(row as object).sort()).toEqual(
      [
        'changeSeq',
        'ciphertext',
        'createdAt',
        'id',
        'iv',
        'officeId',
        'rev',
        'syncState',
        'type',
        'updatedAt',
      ].sort(),
    );
  });

  it('keeps field values out of the outbox at rest too', async () => {
    const { store } = await officeWithPeople('Zarafshani');
    const rows = await rawRows(store.db.name, 'outbox');
    const clear = [
      'seq',
      'opId',
      'recordId',
      'recordType',
      'kind',
      'deviceSeq',
      'iv',
      'ciphertext',
    ];
    for (const row of rows) expect(Object.keys(row as object).sort()).toEqual([...clear].sort());
    const text = rows.map(storedText).join('\n');
    expect(text).not.toContain('Zarafshani');
    expect(text).not.toContain('22790123456');
  });

  it('uses a fresh IV for every write of the same record', async () => {
    const { store, session, ids } = await officeWithPeople('Zarafshani');
    const ivOf = async () =>
      (
        (await rawRows(store.db.name, 'records')).find((r) => (r as RecordRow).id === ids[0]) as {
          iv: Uint8Array;
        }
      ).iv;
    const first = await ivOf();
    await people.update(session, ids[0]!, { sex: 'undisclosed' });
    const second = await ivOf();
    expect(second).toHaveLength(12);
    expect(second).not.toEqual(first);
  });

  it('encrypts every write path, including Table.update and Collection.modify', async () => {
    const { store, ids } = await officeWithPeople('Zarafshani');
    await store.db.records.update(ids[0]!, { notes: 'Written through update()' });
    await store.db.records.where('type').equals('person').modify({ generation: 'emigrant' });
    const raw = (await rawRows(store.db.name, 'records')).map(storedText).join('\n');
    expect(raw).not.toContain('Written through update()');
    expect(raw).not.toContain('emigrant');
    const read = await store.db.records.get(ids[0]!);
    expect(read).toMatchObject({ notes: 'Written through update()', generation: 'emigrant' });
  });

  it('bulk-loads pre-sealed chunks that read back like any record', async () => {
    const { store, session } = await setUpOffice();
    const rows = Array.from({ length: 25 }, (_, i) => ({
      ...samplePerson(`Bulk${String.fromCharCode(97 + i)}`),
      id: `0195f0c8-2222-7000-8000-${String(i).padStart(12, '0')}`,
      type: 'person' as const,
      officeId: session.officeId,
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T09:00:00.000Z',
      rev: 1,
      syncState: 'synced' as const,
    }));
    await bulkPutSealed(store, rows, 10);
    const stored = await rawRows(store.db.name, 'records');
    expect(stored.map(storedText).join('\n')).not.toContain('Bulk');
    const back = await store.db.records.where('syncState').equals('synced').toArray();
    expect(back.map((r) => (r.names as { latin: { family: string } }).latin.family).sort()).toEqual(
      rows.map((r) => r.names!.latin!.family).sort(),
    );
    const list = await people.list(session, { limit: 100 });
    expect(list.ok && list.value.records).toHaveLength(25);
  });

  it('opens rows on cursor reads (filter, reverse, each)', async () => {
    const { store } = await officeWithPeople('Alpha', 'Beta', 'Gamma');
    const filtered = await store.db.records
      .filter((r) => (r.names as { latin?: { family?: string } })?.latin?.family === 'Beta')
      .toArray();
    expect(filtered).toHaveLength(1);
    const seen: string[] = [];
    await store.db.records
      .where('type')
      .equals('person')
      .reverse()
      .each((r) => seen.push((r.names as { latin: { family: string } }).latin.family));
    expect(seen.sort()).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('refuses to read or write sealed tables while locked', async () => {
    const { store, ids } = await officeWithPeople('Zarafshani');
    store.keyring.clear();
    await expect(store.db.records.get(ids[0]!)).rejects.toThrow('locked');
    await expect(
      store.db.records.put({ ...({} as RecordRow), id: 'x', type: 'person' }),
    ).rejects.toThrow('locked');
    // Clear fields stay usable for housekeeping without a key.
    expect(await store.db.records.where('syncState').equals('pending').count()).toBe(3);
  });

  it('binds the ciphertext to id and type: swapped ciphertexts are damaged, the list still loads', async () => {
    const { store, session, ids } = await officeWithPeople('Alpha', 'Beta', 'Gamma');
    const reports: DamageReport[] = [];
    store.quarantine.onDamage((r) => reports.push(r));
    const rows = (await rawRows(store.db.name, 'records')) as (RecordRow & {
      ciphertext: ArrayBuffer;
      iv: Uint8Array;
    })[];
    const a = rows.find((r) => r.id === ids[0])!;
    const b = rows.find((r) => r.id === ids[1])!;
    await putRaw(store.db.name, 'records', [
      { ...a, ciphertext: b.ciphertext, iv: b.iv },
      { ...b, ciphertext: a.ciphertext, iv: a.iv },
    ]);
    const list = await people.list(session);
    if (!list.ok) throw new Error(list.error.code);
    expect(list.value.records.map((r) => r.id)).toEqual([ids[2]]);
    expect(reports.map((r) => r.key).sort()).toEqual([ids[0], ids[1]].sort());
    expect(reports.every((r) => r.reason === 'decrypt-failed' && r.recordType === 'person')).toBe(
      true,
    );
    await store.quarantine.settled();
    const quarantined = await store.db.quarantine.toArray();
    expect(quarantined.map((q) => q.key).sort()).toEqual([ids[0], ids[1]].sort());
    expect(await store.db.records.count()).toBe(3 + 2 - 2); // office + admin + 3 people - 2 moved
  });

  it('quarantines a record with a flipped bit and says so on get', async () => {
    const { store, session, ids } = await officeWithPeople('Alpha', 'Beta');
    const rows = (await rawRows(store.db.name, 'records')) as (RecordRow & {
      ciphertext: ArrayBuffer;
    })[];
    const target = rows.find((r) => r.id === ids[1])!;
    const bytes = new Uint8Array(target.ciphertext.slice(0));
    bytes[5]! ^= 0x40;
    await putRaw(store.db.name, 'records', [{ ...target, ciphertext: bytes.buffer }]);
    const got = await people.get(session, ids[1]!);
    expect(got).toEqual({ ok: false, error: { code: 'damaged-record' } });
    const other = await people.get(session, ids[0]!);
    expect(other.ok).toBe(true);
    await store.quarantine.settled();
    expect(await store.db.quarantine.where('table').equals('records').count()).toBe(1);
    const again = await people.get(session, ids[1]!);
    expect(again.ok).toBe(false);
  });
});

/** Writes rows straight into IndexedDB, as a damaged disk or an attacker would. */
async function putRaw(name: string, table: string, rows: unknown[]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(table, 'readwrite');
    for (const row of rows) tx.objectStore(table).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
