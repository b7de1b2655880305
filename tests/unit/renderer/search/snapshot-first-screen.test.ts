import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndexProgress } from '../../../../renderer/src/search/member-search-types';
import {
  openSnapshotChunk,
  openSnapshotHeader,
} from '../../../../renderer/src/search/snapshot/read-snapshot';
import { repositoryFor } from '../../../../renderer/src/store/records/record-repository';
import type { OfficeStore, Session } from '../../../../renderer/src/store/session';
import type * as ReadStoreState from '../../../../renderer/src/search/snapshot/read-store-state';
import { sampleConsent, samplePerson, setUpOffice } from '../../store/helpers';
import { connect, listed, unlockWorker, type OpenedWorker } from './search-worker-harness';

// Small chunks, so a handful of people spans a first chunk and two more.
vi.mock('../../../../renderer/src/search/snapshot/snapshot-format', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FIRST_MEMBERS_CHUNK: 2,
  MEMBERS_PER_CHUNK: 3,
}));

// At a first unlock, two people come first (then the others).
vi.mock('../../../../renderer/src/search/worker/read-records', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  COLD_FIRST_PEOPLE: 2,
}));

// The listing of every id can be held back, as when it is slow (200,000 records).
const listing = vi.hoisted(() => ({ gate: Promise.resolve() as Promise<unknown> }));
vi.mock('../../../../renderer/src/search/snapshot/read-store-state', async (importOriginal) => {
  const actual = await importOriginal<typeof ReadStoreState>();
  return {
    ...actual,
    readLiveIds: async (...args: Parameters<typeof actual.readLiveIds>) => {
      await listing.gate;
      return actual.readLiveIds(...args);
    },
  };
});

const people = repositoryFor('person');
const consents = repositoryFor('consent');
const disposers: (() => void)[] = [];

afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
  listing.gate = Promise.resolve();
  vi.restoreAllMocks();
});

async function addConsented(session: Session, family: string) {
  const person = await people.create(session, samplePerson(family));
  if (!person.ok) throw new Error(person.error.code);
  const consent = await consents.create(session, sampleConsent(session, person.value.id));
  if (!consent.ok) throw new Error(consent.error.code);
  return { id: person.value.id, consentId: consent.value.id };
}

async function unlock(store: OfficeStore): Promise<OpenedWorker> {
  const worker = await unlockWorker(store, true);
  disposers.push(() => worker.client.dispose());
  return worker;
}

/** The member ids of each sealed chunk, in order. */
async function chunkIds(store: OfficeStore): Promise<string[][]> {
  const key = store.keyring.dataKey();
  const header = (await openSnapshotHeader(store.db, key))!;
  const chunks: string[][] = [];
  for (let i = 0; i < header.memberChunks; i += 1) {
    const rows = (await openSnapshotChunk(store.db, key, header, 'm', i))!;
    chunks.push(rows.map((row) => (row as { id: string }).id));
  }
  return chunks;
}

/** Which sealed snapshot rows (header, m|0, c|0, ...) a decryption was for, in call order. */
function snapshotReads(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.flatMap(([algorithm]) => {
    const ad = new TextDecoder().decode((algorithm as AesGcmParams).additionalData as Uint8Array);
    const parts = ad.split('|');
    if (parts[1] !== 'searchSnapshot') return [];
    return [parts[2] === 'header' ? 'header' : `${parts[3]}|${parts[4]}`];
  });
}

/**
 * Opens the worker as at unlock, noting at the first progress report that counts members what
 * the index holds and which snapshot rows had been opened by then (every id is listed after).
 */
async function unlockWatchingFirstScreen(store: OfficeStore) {
  const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
  const { client, state } = connect();
  disposers.push(() => client.dispose());
  let firstScreen: { ids: string[]; opened: string[] } | undefined;
  // Every id is listed only once the first screen is in: later chunks come in before it.
  let release!: (value: unknown) => void;
  listing.gate = new Promise((resolve) => (release = resolve));
  const report = state.report.bind(state);
  state.report = (progress: IndexProgress) => {
    if (!firstScreen && progress.done > 0) {
      firstScreen = { ids: [...state.open!.index.ids()].sort(), opened: snapshotReads(decrypt) };
      release(undefined);
    }
    report(progress);
  };
  const ready = new Promise<void>((resolve) =>
    client.onProgress((p) => p.phase === 'ready' && resolve()),
  );
  const dataKey = store.keyring.dataKey();
  await client.open({ dbName: store.db.name, dataKey, highRisk: true, locale: 'fr' });
  await ready;
  clearTimeout(state.open!.snapshotTimer);
  return { client, open: state.open!, firstScreen: firstScreen! };
}

describe('warm unlock, first screen', () => {
  it('lists the first sealed chunk before the consents and other chunks, then is exact', async () => {
    const { store, session } = await setUpOffice();
    const added: { id: string; consentId: string }[] = [];
    for (const family of ['Ba', 'Cisse', 'Diallo', 'Fall', 'Gueye', 'Ka', 'Ly']) {
      added.push(await addConsented(session, family));
    }
    const first = await unlock(store);
    await first.snapshot();
    first.client.dispose();
    const [head, , last] = await chunkIds(store);
    expect([head!.length, last!.length]).toEqual([2, 2]);
    const consentOf = (id: string) => added.find((a) => a.id === id)!.consentId;

    // After the snapshot: a first-chunk member withdraws, another is erased, a member of the
    // last chunk is erased, another member is edited.
    const [withdrawing, erasedFirst] = head!;
    const withdrawn = await consents.update(session, consentOf(withdrawing!), {
      withdrawnAt: '2025-03-02T09:00:00.000Z',
    });
    expect(withdrawn.ok).toBe(true);
    expect((await people.remove(session, erasedFirst!)).ok).toBe(true);
    expect((await people.remove(session, last![0]!)).ok).toBe(true);
    const edited = last![1]!;
    const renamed = await people.update(session, edited, {
      names: { latin: { given: 'Aminata', family: 'Renamed' } },
    });
    expect(renamed.ok).toBe(true);

    const second = await unlockWatchingFirstScreen(store);
    expect(second.firstScreen.opened).toEqual(['header', 'm|0']);
    expect(second.firstScreen.ids).toEqual([withdrawing!, edited].sort());

    const list = await listed({ client: second.client });
    await store.db.searchSnapshot.clear();
    expect(list).toEqual(await listed(await unlock(store)));
    expect(list).toHaveLength(5);
    expect(list.find((m) => m.id === withdrawing)?.draft).toBe(true);
    expect(list.find((m) => m.id === edited)?.name).toBe('Aminata Renamed');
    expect(list.map((m) => m.id)).not.toContain(erasedFirst);
    expect(list.map((m) => m.id)).not.toContain(last![0]);
  });

  it('falls back to the records when a later chunk does not open, keeping no erased member', async () => {
    const { store, session } = await setUpOffice();
    for (const family of ['Ba', 'Cisse', 'Diallo', 'Fall', 'Gueye', 'Ka', 'Ly']) {
      await addConsented(session, family);
    }
    const first = await unlock(store);
    await first.snapshot();
    first.client.dispose();
    const [, middle] = await chunkIds(store);
    expect((await people.remove(session, middle![0]!)).ok).toBe(true);
    const [last] = (await store.db.searchSnapshot.toArray()).filter((r) => r.key.endsWith(':m:2'));
    const bytes = new Uint8Array(last!.ciphertext);
    bytes[3] = bytes[3]! ^ 1;
    await store.db.searchSnapshot.put(last!);

    listing.gate = new Promise(() => undefined);
    const second = await unlock(store);
    const list = await listed(second);
    expect(list.map((m) => m.id)).not.toContain(middle![0]);
    expect(second.open.index.size).toBe(6);
    await store.db.searchSnapshot.clear();
    expect(list).toEqual(await listed(await unlock(store)));
  });

  it('at a first unlock (no snapshot) lists the newest people first, then everyone', async () => {
    const { store, session } = await setUpOffice();
    for (const family of ['Ba', 'Cisse', 'Diallo', 'Fall', 'Gueye']) {
      await addConsented(session, family);
    }
    // Most recently changed first, as the [type+updatedAt] index orders them read backwards.
    const rows = await store.db.records.where('type').equals('person').toArray();
    const order = (r: { updatedAt: string; id: string }) => `${r.updatedAt}|${r.id}`;
    const newest = rows.map(order).sort().reverse().slice(0, 2);

    const cold = await unlockWatchingFirstScreen(store);
    expect(cold.firstScreen.opened).toEqual([]);
    expect(cold.firstScreen.ids).toEqual(newest.map((key) => key.split('|')[1]).sort());
    expect(await listed({ client: cold.client })).toHaveLength(5);
    expect(cold.open.index.size).toBe(5);
  });
});
