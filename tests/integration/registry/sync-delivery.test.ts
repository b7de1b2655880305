import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person } from './helpers/person-values';
import { openSyncWorld, type SyncWorld } from './helpers/sync-world';
import { testBackends } from './helpers/test-backends';

describe.each(testBackends())('sync push: once, in order, op by op on $kind', (backend) => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await openSyncWorld(backend);
  });
  afterAll(async () => {
    await world?.close();
  });

  const countRows = async (table: 'changes' | 'applied_ops', opIds: readonly string[]) => {
    const { rows } = await world.test.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} WHERE op_id = ANY($1::uuid[])`,
      [opIds],
    );
    return rows[0]?.n;
  };

  it('answers a retried batch with the stored outcomes as duplicates, writing nothing twice', async () => {
    const { fr } = world;
    const create = fr.create(person('FR', 'NE-1'));
    const edit = fr.op('update', create.recordId, { notes: { from: 'first visit', to: 'second' } });
    const first = await fr.push([create, edit]);
    expect(first.body.results).toEqual([
      { opId: create.opId, outcome: 'applied', rev: 1 },
      { opId: edit.opId, outcome: 'applied', rev: 2 },
    ]);
    const retry = await fr.push([create, edit]);
    expect(retry.body.results).toEqual(
      first.body.results.map((result) => ({
        opId: result.opId,
        outcome: 'duplicate',
        first: result,
      })),
    );
    expect(await countRows('changes', [create.opId, edit.opId])).toBe(2);
    expect(await countRows('applied_ops', [create.opId, edit.opId])).toBe(2);
  });

  it('rejects a poisoned op alone and applies the rest of its batch', async () => {
    const { fr } = world;
    const good1 = fr.create(person('FR', 'NE-2'));
    const badValue = fr.create({ ...person('FR', 'NE-2'), sex: 'banana' });
    const noRecord = fr.op('update', good1.recordId, {});
    const { recordId: _dropped, ...brokenShape } = noRecord;
    // A value jsonb cannot store (\u0000): the database refuses it, the op alone is rejected.
    const nul = fr.create({ ...person('FR', 'NE-2'), futureField: 'a\u0000b' });
    const good2 = fr.op('update', good1.recordId, { notes: { from: 'first visit', to: 'ok' } });
    const garbage = { hello: 'world' };
    const response = await fr.push([good1, badValue, brokenShape, garbage, nul, good2]);
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([
      { opId: good1.opId, outcome: 'applied', rev: 1 },
      { opId: badValue.opId, outcome: 'rejected', code: 'invalid-op' },
      { opId: noRecord.opId, outcome: 'rejected', code: 'invalid-op' },
      { opId: null, outcome: 'rejected', code: 'invalid-op' },
      { opId: nul.opId, outcome: 'rejected', code: 'invalid-op' },
      { opId: good2.opId, outcome: 'applied', rev: 2 },
    ]);
    // The rejected ops filled their places in the device's order: nothing is left waiting.
    const { rows } = await world.test.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM held_ops WHERE device_id = $1',
      [fr.device.deviceId],
    );
    expect(rows[0]?.n).toBe(0);
    await fr.pullAll();
    expect(fr.replica.get(good1.recordId)?.data['notes']).toBe('ok');
    expect(fr.replica.has(badValue.recordId)).toBe(false);
  });

  it('holds an op that arrives ahead of a gap and applies it when the gap fills', async () => {
    const { ne, test } = world;
    const create = ne.create(person('IT', 'NE-8'));
    const edit = ne.op('update', create.recordId, { notes: { from: 'first visit', to: 'later' } });
    const ahead = await ne.push([edit]);
    expect(ahead.body.results).toEqual([{ opId: edit.opId, outcome: 'held' }]);
    const held = await test.db.query<{ device_seq: number }>(
      'SELECT device_seq FROM held_ops WHERE device_id = $1',
      [ne.device.deviceId],
    );
    expect(held.rows).toEqual([{ device_seq: edit.deviceSeq }]);
    // Sent again while still waiting: still held, kept once.
    expect((await ne.push([edit])).body.results).toEqual([{ opId: edit.opId, outcome: 'held' }]);
    const filled = await ne.push([create]);
    expect(filled.body.results).toEqual([{ opId: create.opId, outcome: 'applied', rev: 1 }]);
    expect((await ne.push([edit])).body.results).toEqual([
      {
        opId: edit.opId,
        outcome: 'duplicate',
        first: { opId: edit.opId, outcome: 'applied', rev: 2 },
      },
    ]);
    const after = await test.db.query('SELECT 1 FROM held_ops WHERE device_id = $1', [
      ne.device.deviceId,
    ]);
    expect(after.rows).toEqual([]);
    await ne.pullAll();
    expect(ne.replica.get(create.recordId)).toMatchObject({ rev: 2, data: { notes: 'later' } });
  });

  it('refuses a seq reused by another op, and an op of another device', async () => {
    const { hq, fr } = world;
    const create = hq.create(person('FR', 'NE-8'));
    await hq.push([create]);
    const reused = { ...hq.create(person('FR', 'NE-8')), deviceSeq: create.deviceSeq };
    hq.deviceSeq -= 1;
    const foreign = fr.create(person('FR', 'NE-8'));
    fr.deviceSeq -= 1;
    expect((await hq.push([reused, foreign])).body.results).toEqual([
      { opId: reused.opId, outcome: 'rejected', code: 'invalid-op' },
      { opId: foreign.opId, outcome: 'rejected', code: 'unauthorized' },
    ]);
    const otherOffice = { ...hq.create(person('FR', 'NE-8')), officeId: fr.officeId };
    expect((await hq.push([otherOffice])).body.results).toEqual([
      { opId: otherOffice.opId, outcome: 'rejected', code: 'unauthorized' },
    ]);
  });

  it('refuses a batch sent in the name of another device', async () => {
    const { hq, fr } = world;
    const response = await fetch(`${world.registry.url}/v1/sync/push`, {
      method: 'POST',
      headers: {
        'x-diaspora-protocol': '1',
        'content-type': 'application/json',
        ...hq.headers(),
      },
      body: fr.pushBody([fr.create(person('FR', 'NE-8'))]),
    });
    fr.deviceSeq -= 1;
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-request' });
  });
});
