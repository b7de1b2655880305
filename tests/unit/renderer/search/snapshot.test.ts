import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repositoryFor } from '../../../../renderer/src/store/records/record-repository';
import type { OfficeStore, Session } from '../../../../renderer/src/store/session';
import { HEADER_KEY } from '../../../../renderer/src/search/snapshot/snapshot-format';
import { sampleConsent, samplePerson, setUpOffice } from '../../store/helpers';
import { listed, unlockWorker, type OpenedWorker } from './search-worker-harness';

const people = repositoryFor('person');
/** What the worker's index holds, by member id. */
const membersOf = (open: OpenedWorker['open']) =>
  new Map([...open.index.records()].map((record) => [record.id, record]));
const consents = repositoryFor('consent');
const workers: OpenedWorker[] = [];
const residence = { country: { list: 'iso-3166-1' as const, version: '2024', code: 'FR' } };

afterEach(() => {
  for (const worker of workers.splice(0)) worker.client.dispose();
  vi.restoreAllMocks();
});

async function unlock(store: OfficeStore, highRisk = true) {
  const worker = await unlockWorker(store, highRisk);
  workers.push(worker);
  return worker;
}

async function addPerson(session: Session, family: string, extra: object = {}) {
  const created = await people.create(session, { ...samplePerson(family), residence, ...extra });
  if (!created.ok) throw new Error(created.error.code);
  return created.value.id;
}

async function addConsent(session: Session, personId: string) {
  const created = await consents.create(session, sampleConsent(session, personId));
  if (!created.ok) throw new Error(created.error.code);
  return created.value.id;
}

const familyName = (i: number) => `Family${String.fromCharCode(65 + i)}`;

/** An office of `n` people, the first `consented` with a registration consent. */
async function office(n: number, consented = 0) {
  const { store, session } = await setUpOffice();
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) ids.push(await addPerson(session, familyName(i)));
  const consentIds: string[] = [];
  for (const id of ids.slice(0, consented)) consentIds.push(await addConsent(session, id));
  return { store, session, ids, consentIds };
}

/** What a full load from the records (no snapshot) gives for the same role. */
async function fromRecords(store: OfficeStore, highRisk = true) {
  await store.db.searchSnapshot.clear();
  const worker = await unlock(store, highRisk);
  return { list: await listed(worker), members: membersOf(worker.open) };
}

/** Counts AES-GCM decryptions while `work` runs (one per record read without a snapshot). */
async function decryptions<T>(work: () => Promise<T>): Promise<[T, number]> {
  const spy = vi.spyOn(crypto.subtle, 'decrypt');
  const value = await work();
  const count = spy.mock.calls.length;
  spy.mockRestore();
  return [value, count];
}

describe('sealed search snapshot', () => {
  it('brings the list back from a few sealed chunks instead of every record', async () => {
    const { store } = await office(12, 4);
    const first = await unlock(store);
    const before = await listed(first);
    await first.snapshot();
    first.client.dispose();

    const [second, opened] = await decryptions(() => unlock(store));
    expect(opened).toBeLessThanOrEqual(3);
    expect(await listed(second)).toEqual(before);
    expect(before.filter((m) => !m.draft)).toHaveLength(4);
    expect(membersOf(second.open)).toEqual(membersOf(first.open));
    const rows = await store.db.searchSnapshot.toArray();
    for (const row of rows) expect(JSON.stringify(row)).not.toContain('Family');
  });

  it('shows every change made after the snapshot, whatever its timestamps', async () => {
    const { store, session, ids, consentIds } = await office(5, 2);
    const first = await unlock(store);
    await first.snapshot();
    first.client.dispose();

    await people.update(session, ids[0]!, {
      names: { latin: { given: 'Aminata', family: 'Sow' } },
    });
    const added = await addPerson(session, 'Keita');
    const removed = await people.remove(session, ids[2]!);
    expect(removed.ok).toBe(true);
    const withdrawn = await consents.update(session, consentIds[1]!, {
      withdrawnAt: '2025-03-02T09:00:00.000Z',
    });
    expect(withdrawn.ok).toBe(true);
    // A pulled record keeps the registry's (older) timestamp: only the change number says new.
    const pulled = (await store.db.records.get(ids[3]!))!;
    await store.db.records.put({
      ...pulled,
      names: { latin: { given: 'Aminata', family: 'Pulled' } },
      updatedAt: '2001-01-01T00:00:00.000Z',
    });

    const second = await unlock(store);
    const list = await listed(second);
    const byId = new Map(list.map((m) => [m.id, m]));
    expect(byId.get(ids[0]!)?.name).toBe('Aminata Sow');
    expect(byId.get(added)?.name).toBe('Aminata Keita');
    expect(byId.has(ids[2]!)).toBe(false);
    expect(byId.get(ids[1]!)?.draft).toBe(true);
    expect(byId.get(ids[3]!)?.name).toBe('Aminata Pulled');
    expect(byId.get(ids[0]!)?.draft).toBe(false);
    expect(list).toHaveLength(5);
    const truth = await fromRecords(store);
    expect(list).toEqual(truth.list);
    expect(membersOf(second.open)).toEqual(truth.members);
  });

  it('never gives a role without high-risk access the origin from an administrator snapshot', async () => {
    const { store, session } = await setUpOffice();
    const id = await addPerson(session, 'Origin', {
      origin: { region: { list: 'iso-3166-2', version: '2024', code: 'NE-1' } },
    });
    const admin = await unlock(store, true);
    expect(admin.open.index.get(id)?.facets.origin).toEqual(['NE-1']);
    await admin.snapshot();
    admin.client.dispose();

    const clerk = await unlock(store, false);
    expect(clerk.open.index.get(id)?.facets.origin).toEqual([]);
    const found = await clerk.client.search({
      text: '',
      filters: { origin: ['NE-1'] },
      sort: 'name',
    });
    expect(found.total).toBe(0);
    const truth = await fromRecords(store, false);
    expect(membersOf(clerk.open)).toEqual(truth.members);
  });

  it('refuses a tampered chunk and loads from the records instead', async () => {
    const { store, ids } = await office(3);
    const first = await unlock(store);
    await first.snapshot();
    first.client.dispose();
    const [chunk] = (await store.db.searchSnapshot.toArray()).filter((r) => r.key.endsWith(':m:0'));
    const bytes = new Uint8Array(chunk!.ciphertext);
    bytes[5] = bytes[5]! ^ 1;
    await store.db.searchSnapshot.put(chunk!);

    const [second, opened] = await decryptions(() => unlock(store));
    expect(opened).toBeGreaterThanOrEqual(3 + 2);
    expect((await listed(second)).map((m) => m.id).sort()).toEqual([...ids].sort());
  });

  it('refuses a chunk swapped in from an older snapshot', async () => {
    const { store, session, ids } = await office(3);
    const first = await unlock(store);
    await first.snapshot();
    const [old] = (await store.db.searchSnapshot.toArray()).filter((r) => r.key.endsWith(':m:0'));
    await people.update(session, ids[1]!, {
      names: { latin: { given: 'Aminata', family: 'New' } },
    });
    await first.snapshot();
    first.client.dispose();
    const [current] = (await store.db.searchSnapshot.toArray()).filter((r) =>
      r.key.endsWith(':m:0'),
    );
    expect(current!.key).not.toBe(old!.key);
    await store.db.searchSnapshot.put({ ...old!, key: current!.key });

    const second = await unlock(store);
    const names = (await listed(second)).map((m) => m.name);
    expect(names).toContain('Aminata New');
    expect(names).not.toContain(`Aminata ${familyName(1)}`);
    expect(await listed(second)).toEqual((await fromRecords(store)).list);
  });

  it('keeps the previous snapshot whole when a write stops half way', async () => {
    const { store, session, ids } = await office(3, 1);
    const first = await unlock(store);
    await first.snapshot();
    const header = await store.db.searchSnapshot.get(HEADER_KEY);
    await people.update(session, ids[0]!, {
      names: { latin: { given: 'Aminata', family: 'Late' } },
    });
    const table = first.open.db.searchSnapshot;
    const put = table.put.bind(table);
    let calls = 0;
    vi.spyOn(table, 'put').mockImplementation((row, key) => {
      calls += 1;
      // The worker ends (lock, crash) after the first chunk of the new generation is stored.
      if (calls === 2) return Dexie.Promise.reject(new Error('crash'));
      return put(row, key);
    });
    await expect(first.snapshot()).rejects.toThrow();
    first.client.dispose();
    expect(await store.db.searchSnapshot.get(HEADER_KEY)).toEqual(header);
    expect((await store.db.searchSnapshot.count()) > 3).toBe(true);

    const second = await unlock(store);
    expect((await listed(second)).find((m) => m.id === ids[0])?.name).toBe('Aminata Late');
    expect(await listed(second)).toEqual((await fromRecords(store)).list);
    const cleaned = await unlock(store);
    await cleaned.snapshot();
    const keys = await store.db.searchSnapshot.toCollection().primaryKeys();
    const generations = new Set(keys.filter((k) => k !== HEADER_KEY).map((k) => k.split(':')[0]));
    expect(generations.size).toBe(1);
  });

  it('answers a members window while a snapshot is being sealed, and two writes never mix', async () => {
    const { store, ids } = await office(6, 2);
    const first = await unlock(store);
    const table = first.open.db.searchSnapshot;
    const put = table.put.bind(table);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let stalled!: () => void;
    const reachedPut = new Promise<void>((resolve) => (stalled = resolve));
    vi.spyOn(table, 'put').mockImplementation((row, key) => {
      stalled();
      // The first chunk waits: the write is under way, past taking its content.
      return Dexie.Promise.resolve(held).then(() => put(row, key));
    });
    const writing = first.snapshot();
    const again = first.snapshot();
    await reachedPut;
    const query = { text: '', filters: {}, sort: 'name' as const };
    const window = await first.client.window(query, 0, 10);
    expect(window.total).toBe(6);
    release();
    await Promise.all([writing, again]);
    first.client.dispose();

    const keys = await store.db.searchSnapshot.toCollection().primaryKeys();
    const generations = new Set(keys.filter((k) => k !== HEADER_KEY).map((k) => k.split(':')[0]));
    expect(generations.size).toBe(1);
    const [second, opened] = await decryptions(() => unlock(store));
    expect(opened).toBeLessThanOrEqual(3);
    expect((await listed(second)).map((m) => m.id).sort()).toEqual([...ids].sort());
  });
});
