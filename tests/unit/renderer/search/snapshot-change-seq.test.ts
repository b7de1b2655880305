import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { repositoryFor } from '../../../../renderer/src/store/records/record-repository';
import { rawRows, samplePerson, setUpOffice } from '../../store/helpers';

const people = repositoryFor('person');

const seqOf = async (name: string, id: string) =>
  ((await rawRows(name, 'records')) as { id: string; changeSeq?: number }[]).find(
    (r) => r.id === id,
  )?.changeSeq;

describe('records change numbers', () => {
  it('rise with every write whatever the timestamps, and stay out of what readers see', async () => {
    const { store, session } = await setUpOffice();
    const created = await people.create(session, samplePerson('Diallo'));
    if (!created.ok) throw new Error(created.error.code);
    const id = created.value.id;
    const first = await seqOf(store.db.name, id);
    expect(first).toBeGreaterThan(0);

    const other = await people.create(session, samplePerson('Sow'));
    if (!other.ok) throw new Error(other.error.code);
    const second = await seqOf(store.db.name, other.value.id);
    expect(second).toBeGreaterThan(first!);

    const row = (await store.db.records.get(id))!;
    expect(row).not.toHaveProperty('changeSeq');
    await store.db.records.put({ ...row, updatedAt: '2001-01-01T00:00:00.000Z' });
    expect(await seqOf(store.db.name, id)).toBeGreaterThan(second!);

    const read = await people.get(session, id);
    expect(read.ok && read.value).not.toHaveProperty('changeSeq');
    // Deleting the newest record never lets a later write reuse its number.
    const top = await seqOf(store.db.name, id);
    expect((await people.remove(session, id)).ok).toBe(true);
    const third = await people.create(session, samplePerson('Keita'));
    if (!third.ok) throw new Error(third.error.code);
    expect(await seqOf(store.db.name, third.value.id)).toBeGreaterThan(top!);
  });
});
