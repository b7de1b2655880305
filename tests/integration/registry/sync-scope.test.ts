import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminContext } from '../../../registry/src/cli/admin-context';
import { runAdminCommand } from '../../../registry/src/cli/run-admin-command';
import type { Change } from '../../../shared/sync/protocol/change';
import type { PullPage } from '../../../shared/sync/protocol/pull-response';
import { person, residenceIn } from './helpers/person-values';
import type { SyncClient } from './helpers/sync-client';
import { openSyncWorld, type SyncWorld } from './helpers/sync-world';
import { testBackends } from './helpers/test-backends';

describe.each(testBackends())('sync scopes on $kind', (backend) => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await openSyncWorld(backend);
  });
  afterAll(async () => {
    await world?.close();
  });

  /** Every change an office pulls until caught up. */
  async function pullChanges(office: SyncClient): Promise<Change[]> {
    const changes: Change[] = [];
    for (;;) {
      const page = await office.pullPage(2);
      expect(page.status).toBe(200);
      const body = page.body as PullPage;
      changes.push(...body.changes);
      if (!body.hasMore) return changes;
    }
  }

  it('never sends the Paris desk a person outside its scope, and refuses its write to one', async () => {
    const { hq, fr, ne } = world;
    const canadian = hq.create(person('CA', 'NE-1'));
    const parisian = hq.create(person('FR', 'NE-1'));
    expect((await hq.push([canadian, parisian])).body.results.map((r) => r.outcome)).toEqual([
      'applied',
      'applied',
    ]);
    const toParis = await pullChanges(fr);
    expect(toParis.map((c) => c.recordId)).toContain(parisian.recordId);
    expect(toParis.map((c) => c.recordId)).not.toContain(canadian.recordId);
    expect((await pullChanges(ne)).map((c) => c.recordId)).not.toContain(canadian.recordId);
    expect((await pullChanges(hq)).map((c) => c.recordId)).toContain(canadian.recordId);
    // Paris learnt the id somehow and writes to it: refused, nothing changes.
    const write = fr.op('update', canadian.recordId, { notes: { from: 'first visit', to: 'x' } });
    expect((await fr.push([write])).body.results).toEqual([
      { opId: write.opId, outcome: 'rejected', code: 'out-of-scope' },
    ]);
    await hq.pullAll();
    expect(hq.replica.get(canadian.recordId)).toMatchObject({ rev: 1, data: { notes: 'first visit' } });
  });

  it('purges a person who moved from France to Canada at Paris, and updates them elsewhere', async () => {
    const { hq, fr, ne } = world;
    const create = hq.create(person('FR', 'NE-8'));
    await hq.push([create]);
    for (const office of [hq, fr, ne]) await office.pullAll();
    expect(fr.replica.has(create.recordId)).toBe(true);
    const move = hq.edit(create.recordId, 'residence', residenceIn('CA'));
    expect((await hq.push([move])).body.results[0]).toMatchObject({ outcome: 'applied', rev: 2 });
    const toParis = (await pullChanges(fr)).filter((c) => c.recordId === create.recordId);
    expect(toParis.map((c) => c.kind)).toEqual(['purge']);
    expect(fr.replica.has(create.recordId)).toBe(false);
    for (const office of [hq, ne]) {
      const changes = (await pullChanges(office)).filter((c) => c.recordId === create.recordId);
      expect(changes.map((c) => [c.kind, c.rev])).toEqual([['upsert', 2]]);
      expect(office.replica.get(create.recordId)?.data['residence']).toEqual(residenceIn('CA'));
    }
    // Back to France: Paris receives the whole record again.
    await hq.push([hq.edit(create.recordId, 'residence', residenceIn('FR'))]);
    await fr.pullAll();
    expect(fr.replica.get(create.recordId)).toMatchObject({ rev: 3, status: 'live' });
  });

  it('keeps a moved person at the office that registered them', async () => {
    const { fr, hq } = world;
    const create = fr.create(person('FR', 'NE-3'));
    await fr.push([create]);
    await hq.pullAll();
    await hq.push([hq.edit(create.recordId, 'residence', residenceIn('CA'))]);
    await fr.pullAll();
    expect(fr.replica.get(create.recordId)).toMatchObject({ rev: 2, status: 'live' });
  });

  it('refuses a revoked device on push and on pull', async () => {
    const doomed = await world.enroll(world.fr);
    expect((await doomed.pullPage()).status).toBe(200);
    const ctx: AdminContext = {
      db: world.test.db,
      now: () => new Date(),
      out: () => undefined,
      err: () => undefined,
    };
    expect(await runAdminCommand('devices:revoke', [doomed.device.deviceId], ctx)).toBe(0);
    const pulled = await doomed.pullPage();
    expect(pulled).toEqual({ status: 403, body: { error: 'device-revoked' } });
    const pushed = await doomed.push([doomed.create(person('FR', 'NE-8'))]);
    expect(pushed).toEqual({ status: 403, body: { error: 'device-revoked' } });
  });
});
