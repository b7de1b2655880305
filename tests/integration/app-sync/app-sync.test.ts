import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import { listConflicts } from '../../../renderer/src/sync/conflicts/list-conflicts';
import { resolveConflict } from '../../../renderer/src/sync/conflicts/resolve-conflict';
import { SyncFailure } from '../../../renderer/src/sync/sync-failure';
import { migrate } from '../../../registry/src/db/migrate';
import { revokeDevice } from '../../../registry/src/devices/revoke-device';
import { makeCode, makeOffice } from '../registry/helpers/registry-fixtures';
import { startTestRegistry, type TestRegistry } from '../registry/helpers/start-test-registry';
import { testBackends, type TestDb } from '../registry/helpers/test-backends';
import { openDesk, type AppDesk } from './helpers/app-desk';

describe.each(testBackends())('app sync engine against a real registry on $kind', (backend) => {
  let test: TestDb;
  let registry: TestRegistry;
  let paris: AppDesk;
  let niamey: AppDesk;

  async function newDesk(): Promise<AppDesk> {
    const office = await makeOffice(test.db, { kind: 'national' });
    return openDesk(registry.url, await makeCode(test.db, office.id));
  }

  beforeAll(async () => {
    test = await backend.open();
    await migrate(test.db);
    registry = await startTestRegistry(test.db);
    paris = await newDesk();
    niamey = await newDesk();
    await paris.sync();
    await niamey.sync();
  });
  afterAll(async () => {
    await registry?.close();
    await test?.dispose();
  });

  it('sends a person registered on one desk to another desk, and empties the queue', async () => {
    const id = await paris.createPerson('Diallo');
    expect(await paris.pendingOps()).toBeGreaterThan(0);
    const sent = await paris.sync();
    expect(sent.pushed).toBeGreaterThan(0);
    expect(sent.rejected).toBe(0);
    expect(await paris.pendingOps()).toBe(0);
    await niamey.sync();
    const copy = await niamey.person(id);
    expect(copy).toMatchObject({ email: 'aminata@example.org', rev: 1 });
    expect(await niamey.session.store.db.records.get(id)).toMatchObject({ syncState: 'synced' });
    expect(copy?.['names']).toEqual({ latin: { given: 'Aminata', family: 'Diallo' } });
  });

  it('lists one conflict for a field edited on both desks, and both converge once resolved', async () => {
    const id = await paris.createPerson('Keita');
    await paris.sync();
    await niamey.sync();
    const people = repositoryFor('person');
    expect((await people.update(paris.session, id, { sex: 'male' })).ok).toBe(true);
    expect((await people.update(niamey.session, id, { sex: 'undisclosed' })).ok).toBe(true);
    await paris.sync();
    await niamey.sync();
    await paris.sync();
    for (const desk of [paris, niamey]) {
      const open = await listConflicts(desk.session, id);
      expect(open).toHaveLength(1);
      expect(open[0]?.conflict).toMatchObject({
        field: 'sex',
        registry: 'male',
        incoming: 'undisclosed',
      });
      expect((await desk.person(id))?.['sex']).toBe('male');
    }
    const [listed] = await listConflicts(niamey.session, id);
    await resolveConflict(niamey.session, listed!.conflict.id, { kind: 'use-incoming' });
    expect(await listConflicts(niamey.session)).toMatchObject([{ status: 'resolving' }]);
    await niamey.sync();
    await paris.sync();
    for (const desk of [paris, niamey]) {
      expect(await listConflicts(desk.session)).toEqual([]);
      expect((await desk.person(id))?.['sex']).toBe('undisclosed');
    }
  });

  it('resumes a pull cut between pages with nothing lost or doubled', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await paris.createPerson(`Cut${'abcde'[i]}`));
    await paris.sync();
    const fresh = await newDesk();
    const real = fresh.transport;
    let pages = 0;
    fresh.transport = {
      ...real,
      pull: async (to, cursor, _limit, signal) => {
        pages += 1;
        if (pages === 3) throw new SyncFailure('network');
        return real.pull(to, cursor, 2, signal);
      },
    };
    await expect(fresh.sync()).rejects.toMatchObject({ code: 'network' });
    fresh.transport = real;
    await fresh.sync();
    for (const id of ids) expect(await fresh.person(id)).toMatchObject({ rev: 1 });
    const history = await fresh.session.store.db.history.where('recordId').anyOf(ids).count();
    expect(history).toBe(ids.length);
  });

  it('locks sync with device-revoked when the administrator revokes the desk', async () => {
    const desk = await newDesk();
    await desk.sync();
    const { rows } = await test.db.query<{ id: string }>(
      'SELECT id FROM devices ORDER BY created_at DESC LIMIT 1',
    );
    await revokeDevice(test.db, { deviceId: rows[0]!.id, now: new Date() });
    await desk.createPerson('Revoked');
    await expect(desk.sync()).rejects.toMatchObject({ code: 'device-revoked' });
    expect(await desk.pendingOps()).toBeGreaterThan(0);
  });
});
