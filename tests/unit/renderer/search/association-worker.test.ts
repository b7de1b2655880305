import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PersonInput } from '../../../../shared/domain/person';
import { openJson, sealJson } from '../../../../renderer/src/search/snapshot/seal-json';
import {
  HEADER_KEY,
  SNAPSHOT_FORMAT,
  chunkAd,
  headerAd,
} from '../../../../renderer/src/search/snapshot/snapshot-format';
import type { RecordsCommitted } from '../../../../renderer/src/store';
import { onRecordsCommitted } from '../../../../renderer/src/store/records/record-changes';
import { repositoryFor } from '../../../../renderer/src/store/records/record-repository';
import type { OfficeStore, Session } from '../../../../renderer/src/store/session';
import { samplePerson, setUpOffice } from '../../store/helpers';
import { unlockWorker, type OpenedWorker } from './search-worker-harness';

const people = repositoryFor('person');
const workers: OpenedWorker[] = [];
const lyon = '01890000-0000-7000-8000-00000000a001';
const paris = '01890000-0000-7000-8000-00000000a002';

afterEach(() => {
  for (const worker of workers.splice(0)) worker.client.dispose();
});

async function unlock(store: OfficeStore) {
  const worker = await unlockWorker(store, true);
  workers.push(worker);
  return worker;
}

async function addMember(
  session: Session,
  family: string,
  memberships: PersonInput['associationMemberships'],
) {
  const created = await people.create(session, {
    ...samplePerson(family),
    associationMemberships: memberships,
  });
  if (!created.ok) throw new Error(created.error.code);
  return created.value.id;
}

const inAssociations = (ids: string[]) => ({
  text: '',
  filters: { association: ids },
  sort: 'name' as const,
});

describe('association members from the search worker', () => {
  it('counts and lists the members of an association, with its chapters, by name', async () => {
    const { store, session } = await setUpOffice();
    await addMember(session, 'Sow', [{ organisationId: lyon, role: 'officer' }]);
    await addMember(session, 'Ba', [{ organisationId: paris }, { organisationId: lyon }]);
    await addMember(session, 'Keita', [{ name: 'Club de Zinder' }]);
    const worker = await unlock(store);

    expect(
      await worker.client.countMembers('association', [[lyon], [paris], [lyon, paris]]),
    ).toEqual([2, 1, 2]);
    const window = await worker.client.window(inAssociations([lyon]), 0, 10);
    expect(window.total).toBe(2);
    expect(window.rows.map((r) => r.name)).toEqual(['Aminata Ba', 'Aminata Sow']);
  });

  it('lists and counts a member saved just before, whose refresh is still being read', async () => {
    const { store, session } = await setUpOffice();
    const worker = await unlock(store);
    await worker.client.search({ text: '', filters: {}, sort: 'name' });
    const events: RecordsCommitted[] = [];
    const stop = onRecordsCommitted(store.db, (event) => events.push(event));
    const id = await addMember(session, 'Traoré', [{ organisationId: paris }]);
    stop();

    const refreshes = events.map((event) => worker.client.recordsCommitted(event));
    const [window, counts] = await Promise.all([
      worker.client.window(inAssociations([paris]), 0, 10),
      worker.client.countMembers('association', [[paris]]),
    ]);
    expect(window.rows.map((r) => r.id)).toEqual([id]);
    expect(counts).toEqual([1]);
    await Promise.all(refreshes);
  });

  it('refuses a malformed count as data', async () => {
    const { store } = await setUpOffice();
    const worker = await unlock(store);
    await expect(
      worker.client.countMembers('nope' as 'association', [[lyon]]),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('does not read a snapshot of an older format, even one whose chunks open', async () => {
    const { store, session } = await setUpOffice();
    const id = await addMember(session, 'Sow', [{ organisationId: lyon }]);
    const first = await unlock(store);
    await first.snapshot();
    const key = first.open.dataKey;
    first.client.dispose();

    // An older number on a snapshot whose member is marked: if it were read, the mark would show.
    const headerRow = await store.db.searchSnapshot.get(HEADER_KEY);
    const header = (await openJson(key, headerRow, headerAd)) as { generation: string };
    const chunkKey = `${header.generation}:m:0`;
    const ad = chunkAd(header.generation, 'm', 0);
    const members = (await openJson(key, await store.db.searchSnapshot.get(chunkKey), ad)) as {
      names: unknown;
    }[];
    for (const m of members) m.names = { latin: { given: 'Stale', family: 'Snapshot' } };
    await store.db.searchSnapshot.put(await sealJson(key, chunkKey, members, ad));
    const older = { ...header, format: SNAPSHOT_FORMAT - 1 };
    await store.db.searchSnapshot.put(await sealJson(key, HEADER_KEY, older, headerAd));

    const second = await unlock(store);
    const [row] = (await second.client.window(inAssociations([lyon]), 0, 10)).rows;
    expect(row).toMatchObject({ id, name: 'Aminata Sow' });
    expect(second.open.index.get(id)?.facets.association).toEqual([lyon]);
  });
});
