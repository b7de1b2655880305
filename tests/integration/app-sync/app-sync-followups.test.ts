import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onRecordsCommitted } from '../../../renderer/src/store/records/record-changes';
import { findByIdentifier } from '../../../renderer/src/store/records/find-by-identifier';
import { repositoryFor } from '../../../renderer/src/store/records/record-repository';
import { setAsideLocalOps } from '../../../renderer/src/sync/engine/set-aside-local-ops';
import { disconnectDesk, enrollDesk } from '../../../renderer/src/sync/link/enroll-desk';
import { readRefused } from '../../../renderer/src/sync/state/sync-meta';
import { SyncFailure } from '../../../renderer/src/sync/sync-failure';
import type { SqlParam } from '../../../registry/src/db/db';
import { migrate } from '../../../registry/src/db/migrate';
import { newLogEpoch } from '../../../registry/src/sync/log-epoch';
import { makeCode, makeOffice } from '../registry/helpers/registry-fixtures';
import { startTestRegistry, type TestRegistry } from '../registry/helpers/start-test-registry';
import { testBackends, type TestDb } from '../registry/helpers/test-backends';
import { openDesk, type AppDesk } from './helpers/app-desk';

describe.each(testBackends())('app sync follow-ups against a real registry on $kind', (backend) => {
  let test: TestDb;
  let registry: TestRegistry;

  async function newDesk(): Promise<AppDesk> {
    const office = await makeOffice(test.db, { kind: 'national' });
    return openDesk(registry.url, await makeCode(test.db, office.id));
  }

  async function registryCount(sql: string, params: SqlParam[]): Promise<number> {
    const { rows } = await test.db.query<{ n: number }>(sql, params);
    return Number(rows[0]!.n);
  }

  beforeAll(async () => {
    test = await backend.open();
    await migrate(test.db);
    registry = await startTestRegistry(test.db);
  });
  afterAll(async () => {
    await registry?.close();
    await test?.dispose();
  });

  it('keeps staff accounts and the office setup on the desk, with no gap in what it sends', async () => {
    const desk = await newDesk();
    const other = await newDesk();
    const before = await desk.createPerson('Before');
    const officeId = desk.session.officeId;
    const renamed = await repositoryFor('office').update(desk.session, officeId, {
      name: 'Bureau de la diaspora, Niamey (annexe)',
    });
    expect(renamed.ok).toBe(true);
    const after = await desk.createPerson('After');
    const summary = await desk.sync();
    expect(summary.rejected).toBe(0);
    expect(await desk.pendingOps()).toBe(0);
    const types = await test.db.query<{ type: string }>('SELECT DISTINCT type FROM records');
    expect(types.rows.map((row) => row.type)).not.toContain('staff-user');
    expect(types.rows.map((row) => row.type)).not.toContain('office');
    expect(await registryCount('SELECT count(*) AS n FROM held_ops', [])).toBe(0);
    await other.sync();
    for (const id of [before, after]) expect(await other.person(id)).not.toBeNull();
    const staffAtOther = await other.session.store.db.records
      .where('type')
      .equals('staff-user')
      .count();
    expect(staffAtOther).toBe(1);
  });

  it('numbers ops without gaps after a desk-only op was set aside and the desk enrolled again', async () => {
    const desk = await newDesk();
    const before = await desk.createPerson('Reenrolled');
    const renamed = await repositoryFor('office').update(desk.session, desk.session.officeId, {
      name: 'Bureau de la diaspora, Niamey (centre)',
    });
    expect(renamed.ok).toBe(true);
    const after = await desk.createPerson('Reenrolledafter');
    await setAsideLocalOps(desk.session.store.db);
    await disconnectDesk(desk.session);
    const office = await makeOffice(test.db, { kind: 'national' });
    const code = await makeCode(test.db, office.id);
    await enrollDesk(desk.session, desk.transport, { url: registry.url, code, deviceName: 'Desk' });
    const held = await registryCount('SELECT count(*) AS n FROM held_ops', []);
    const summary = await desk.sync();
    expect(summary.rejected).toBe(0);
    expect(await desk.pendingOps()).toBe(0);
    expect(await registryCount('SELECT count(*) AS n FROM held_ops', [])).toBe(held);
    const ids = [before, after];
    expect(await registryCount('SELECT count(*) AS n FROM records WHERE id = ANY($1)', [ids])).toBe(
      2,
    );
  });

  it('indexes pulled persons for the exact-match duplicate check, and drops them on delete', async () => {
    const paris = await newDesk();
    const niamey = await newDesk();
    await niamey.sync();
    const id = await paris.createPerson('Indexed');
    await paris.sync();
    await niamey.sync();
    for (const [kind, value] of [
      ['email', 'aminata@example.org'],
      ['phone', '+22790123456'],
    ] as const) {
      const found = await findByIdentifier(niamey.session, kind, value);
      expect(found.ok && found.value).toContain(id);
    }
    expect((await repositoryFor('person').remove(paris.session, id)).ok).toBe(true);
    await paris.sync();
    await niamey.sync();
    expect(await niamey.person(id)).toBeNull();
    const found = await findByIdentifier(niamey.session, 'email', 'aminata@example.org');
    expect(found.ok && found.value).not.toContain(id);
    expect(await niamey.session.store.db.blindIndex.where('recordId').equals(id).count()).toBe(0);
  });

  it('tells the store listeners (the search index) which records a pull committed', async () => {
    const paris = await newDesk();
    const niamey = await newDesk();
    await niamey.sync();
    const id = await paris.createPerson('Listed');
    await paris.sync();
    const seen: string[] = [];
    const stop = onRecordsCommitted(niamey.session.store.db, (event) =>
      seen.push(...event.changes.map((change) => change.id)),
    );
    await niamey.sync();
    stop();
    expect(seen).toContain(id);
  });

  it('after a restore from backup (new log epoch), resends unconfirmed ops with no loss and no duplicates', async () => {
    const desk = await newDesk();
    const other = await newDesk();
    const first = await desk.createPerson('Restored');
    await desk.sync();
    const people = repositoryFor('person');
    expect((await people.update(desk.session, first, { sex: 'male' })).ok).toBe(true);
    const second = await desk.createPerson('Pushed');
    const real = desk.transport;
    desk.transport = {
      ...real,
      pull: () => Promise.reject(new SyncFailure('network')),
    };
    await expect(desk.sync()).rejects.toMatchObject({ code: 'network' });
    desk.transport = real;
    const third = await desk.createPerson('Unsent');
    await newLogEpoch(test.db, new Date());
    const summary = await desk.sync();
    expect(summary.resynced).toBe(true);
    expect(summary.rejected).toBe(0);
    expect(await desk.pendingOps()).toBe(0);
    const ids = [first, second, third];
    expect(await registryCount('SELECT count(*) AS n FROM records WHERE id = ANY($1)', [ids])).toBe(
      3,
    );
    const applied = await registryCount(
      'SELECT count(*) AS n FROM applied_ops WHERE record_id = ANY($1)',
      [ids],
    );
    expect(applied).toBe(4);
    await other.sync();
    for (const d of [desk, other]) {
      expect(await d.person(first)).toMatchObject({ sex: 'male', rev: 2 });
      expect(await d.person(second)).toMatchObject({ rev: 1 });
      expect(await d.person(third)).toMatchObject({ rev: 1 });
    }
    const history = await desk.session.store.db.history.where('recordId').anyOf(ids).count();
    expect(history).toBe(4);
    expect((await desk.sync()).resynced).toBe(false);
  });

  it('lists a change the registry refused, with its record and reason, and stops resending it', async () => {
    const desk = await newDesk();
    const id = await desk.createPerson('Refused');
    const real = desk.transport;
    desk.transport = {
      ...real,
      // A poisoned op: the registry cannot read it and refuses it for good.
      push: (to, request, signal) =>
        real.push(
          to,
          { ...request, ops: request.ops.map((op) => ({ ...(op as object), hlc: 'x' })) },
          signal,
        ),
    };
    const summary = await desk.sync();
    expect(summary.rejected).toBe(1);
    expect(await desk.pendingOps()).toBe(0);
    expect(await readRefused(desk.session.store.db)).toMatchObject([
      { recordId: id, recordType: 'person', kind: 'create', code: 'invalid-op' },
    ]);
    desk.transport = real;
    expect((await desk.sync()).pushed).toBe(0);
  });
});
