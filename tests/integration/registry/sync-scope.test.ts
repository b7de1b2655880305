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
    expect(hq.replica.get(canadian.recordId)).toMatchObject({
      rev: 1,
      data: { notes: 'first visit' },
    });
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

  it('brings the open conflicts of a record to an office that gains it', async () => {
    const { hq, fr } = world;
    const second = await world.enroll(hq);
    const create = hq.create(person('CA', 'NE-1'));
    await hq.push([create]);
    for (const office of [hq, second]) await office.pullAll();
    await hq.push([hq.edit(create.recordId, 'sex', 'male')]);
    const clash = second.edit(create.recordId, 'sex', 'undisclosed');
    expect((await second.push([clash])).body.results[0]).toMatchObject({ outcome: 'conflict' });
    await fr.pullAll();
    expect(fr.replica.has(create.recordId)).toBe(false);
    await hq.pullAll();
    await hq.push([hq.edit(create.recordId, 'residence', residenceIn('FR'))]);
    await fr.pullAll();
    expect(fr.replica.get(create.recordId)).toMatchObject({ rev: 3, status: 'live' });
    expect(fr.openConflicts(create.recordId)).toEqual([
      expect.objectContaining({
        id: `${clash.opId}:sex`,
        registry: 'male',
        incoming: 'undisclosed',
      }),
    ]);
  });

  it('erases a person everywhere, conflicts and history included, for good', async () => {
    const { hq, fr, ne, test } = world;
    const create = hq.create(person('FR', 'NE-8', 'private note'));
    await hq.push([create]);
    for (const office of [fr, ne]) await office.pullAll();
    await fr.push([fr.edit(create.recordId, 'notes', 'from Paris')]);
    await ne.push([ne.edit(create.recordId, 'notes', 'from Niamey')]); // lww: history keeps one
    await fr.push([fr.edit(create.recordId, 'sex', 'male')]);
    await ne.push([ne.edit(create.recordId, 'sex', 'undisclosed')]); // a conflict
    await hq.pullAll();
    const erase = hq.op('erase', create.recordId, {});
    expect((await hq.push([erase])).body.results[0]).toMatchObject({ outcome: 'applied' });
    for (const office of [hq, fr, ne]) {
      await office.pullAll();
      expect(office.replica.get(create.recordId)).toMatchObject({ status: 'erased', data: {} });
      for (const conflict of office.conflicts.values()) {
        if (conflict.recordId !== create.recordId) continue;
        expect(conflict).toMatchObject({ status: 'resolved', base: null, registry: null });
      }
    }
    const stored = await test.db.query<{ text: string }>(
      `SELECT concat((SELECT data::text FROM records WHERE id = $1),
                     (SELECT string_agg(coalesce(fields::text, ''), '') FROM changes WHERE record_id = $1),
                     (SELECT string_agg(body::text, '') FROM conflicts WHERE record_id = $1),
                     (SELECT count(*)::text FROM field_history WHERE record_id = $1)) AS text`,
      [create.recordId],
    );
    for (const value of ['private note', 'from Paris', 'from Niamey', 'undisclosed']) {
      expect(stored.rows[0]?.text).not.toContain(value);
    }
    const late = ne.op('update', create.recordId, { notes: { from: null, to: 'back' } });
    expect((await ne.push([late])).body.results[0]).toMatchObject({
      outcome: 'rejected',
      code: 'erased',
    });
  });

  it('answers erased, not out-of-scope, for an erased record outside the office scope', async () => {
    const { hq, fr } = world;
    const create = hq.create(person('CA', 'NE-1'));
    await hq.push([create]);
    await hq.pullAll();
    await hq.push([hq.op('erase', create.recordId, {})]);
    const write = fr.op('update', create.recordId, { notes: { from: null, to: 'x' } });
    expect((await fr.push([write])).body.results[0]).toMatchObject({ code: 'erased' });
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
