import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { repositoryFor } from '../../../../renderer/src/store/records/record-repository';
import { onRecordsCommitted } from '../../../../renderer/src/store/records/record-changes';
import type { IndexProgress } from '../../../../renderer/src/search/member-search-types';
import { sampleConsent, samplePerson, setUpOffice } from '../../store/helpers';
import { connect } from './search-worker-harness';

const people = repositoryFor('person');
const consents = repositoryFor('consent');

function ready(client: ReturnType<typeof connect>['client']): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = client.onProgress((p: IndexProgress) => {
      if (p.phase === 'ready') {
        stop();
        resolve();
      }
      if (p.phase === 'failed') reject(new Error('index failed'));
    });
  });
}

const all = { text: '', filters: {}, sort: 'name' as const };

describe('members search worker', () => {
  it('loads the encrypted store, follows committed writes, and drops everything at dispose', async () => {
    const { store, session } = await setUpOffice();
    const first = await people.create(session, samplePerson('Diallo'));
    if (!first.ok) throw new Error(first.error.code);
    const { client, state } = connect();
    const loaded = ready(client);
    await client.open({
      dbName: store.db.name,
      dataKey: store.keyring.dataKey(),
      highRisk: false,
      locale: 'fr',
    });
    await loaded;
    expect(await client.search({ ...all, text: 'diallo' })).toMatchObject({ total: 1 });
    const [row] = await client.rows(0, 1);
    expect(row).toMatchObject({ id: first.value.id, name: 'Aminata Diallo', draft: true });

    const refreshed = new Promise<void>((resolve) => {
      const stop = onRecordsCommitted(store.db, (event) => {
        void client.recordsCommitted(event).then(() => {
          stop();
          resolve();
        });
      });
    });
    const second = await people.create(session, {
      ...samplePerson('Traoré'),
      names: { arabic: { given: 'محمد', family: 'تراوري' } },
      phones: [{ number: '+22791111111', kind: 'mobile' }],
    });
    if (!second.ok) throw new Error(second.error.code);
    await refreshed;
    expect((await client.search({ ...all, text: 'Mohamed' })).total).toBe(1);

    const renamed = new Promise<void>((resolve) => {
      const stop = onRecordsCommitted(store.db, (event) => {
        void client.recordsCommitted(event).then(() => {
          stop();
          resolve();
        });
      });
    });
    await people.update(session, first.value.id, {
      names: { latin: { given: 'Aminata', family: 'Sow' } },
      residence: { country: { list: 'iso-3166-1', version: '2024', code: 'FR' } },
    });
    await renamed;
    expect((await client.search({ ...all, text: 'diallo' })).total).toBe(0);
    expect((await client.search({ ...all, text: 'sow' })).total).toBe(1);

    const consented = new Promise<void>((resolve) => {
      const stop = onRecordsCommitted(store.db, (event) => {
        void client.recordsCommitted(event).then(() => {
          stop();
          resolve();
        });
      });
    });
    await consents.create(session, sampleConsent(session, first.value.id));
    await consented;
    await client.search({ ...all, text: 'sow' });
    expect((await client.rows(0, 1))[0]).toMatchObject({ draft: false });

    const dupes = await client.findDuplicates({
      phones: [{ number: '+22791111111', kind: 'mobile' }],
    });
    expect(dupes.map((d) => [d.id, d.reasons])).toEqual([[second.value.id, ['same-phone']]]);

    client.dispose();
    expect(state.open).toBeNull();
    expect(client.progress().phase).toBe('idle');
    await expect(client.search(all)).rejects.toMatchObject({ code: 'closed' });
  });

  it('reloads from the store when the whole records table is cleared', async () => {
    const { store, session } = await setUpOffice();
    for (const family of ['Diallo', 'Sow']) {
      const created = await people.create(session, samplePerson(family));
      if (!created.ok) throw new Error(created.error.code);
    }
    const { client } = connect();
    const loaded = ready(client);
    await client.open({
      dbName: store.db.name,
      dataKey: store.keyring.dataKey(),
      highRisk: false,
      locale: 'fr',
    });
    await loaded;
    expect((await client.search(all)).total).toBe(2);

    const refreshes: Promise<void>[] = [];
    const stop = onRecordsCommitted(store.db, (event) => {
      refreshes.push(client.recordsCommitted(event));
    });
    const phases: string[] = [];
    client.onProgress((p) => phases.push(p.phase));
    // A resync or an office reset empties the table, then records come back from elsewhere.
    await store.db.records.clear();
    await Promise.all(refreshes);
    expect(phases).toContain('loading');
    expect(client.progress().phase).toBe('ready');
    expect((await client.search(all)).total).toBe(0);
    expect((await client.search({ ...all, text: 'diallo' })).total).toBe(0);

    const keita = await people.create(session, samplePerson('Keita'));
    if (!keita.ok) throw new Error(keita.error.code);
    await Promise.all(refreshes);
    stop();
    expect((await client.search(all)).total).toBe(1);
    expect((await client.rows(0, 1))[0]).toMatchObject({ id: keita.value.id });
    client.dispose();
  });

  it('refuses a malformed request as data', async () => {
    const { client } = connect();
    await expect(client.rows(5, 1)).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(client.search(all)).rejects.toMatchObject({ code: 'not-open' });
  });
});
