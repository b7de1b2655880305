import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isResyncRequired } from '../../../shared/sync/protocol/pull-response';
import { person } from './helpers/person-values';
import { openSyncWorld, type SyncWorld } from './helpers/sync-world';
import { testBackends } from './helpers/test-backends';

describe.each(testBackends())('sync push and pull: merging offline edits on $kind', (backend) => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await openSyncWorld(backend);
  });
  afterAll(async () => {
    await world?.close();
  });

  /** HQ registers a person living in France, from Niamey (NE-8): all three offices see them. */
  async function sharedPerson(): Promise<string> {
    const { hq, fr, ne } = world;
    const create = hq.create(person('FR', 'NE-8'));
    const pushed = await hq.push([create]);
    expect(pushed.status).toBe(200);
    expect(pushed.body.results).toEqual([{ opId: create.opId, outcome: 'applied', rev: 1 }]);
    for (const office of [hq, fr, ne]) await office.pullAll();
    for (const office of [hq, fr, ne]) expect(office.replica.get(create.recordId)?.rev).toBe(1);
    return create.recordId;
  }

  it('makes exactly one conflict, seen by every office in scope, for one field edited twice', async () => {
    const { hq, fr, ne } = world;
    const id = await sharedPerson();
    const fromParis = fr.edit(id, 'sex', 'male');
    const fromNiamey = ne.edit(id, 'sex', 'undisclosed');
    expect((await fr.push([fromParis])).body.results[0]).toMatchObject({ outcome: 'applied' });
    const second = (await ne.push([fromNiamey])).body.results[0];
    expect(second).toMatchObject({ outcome: 'conflict', conflictIds: [`${fromNiamey.opId}:sex`] });
    // Niamey pushes the same edit again (it did not see the answer): still one conflict.
    expect((await ne.push([fromNiamey])).body.results[0]).toMatchObject({ outcome: 'duplicate' });
    for (const office of [hq, fr, ne]) await office.pullAll();
    for (const office of [hq, fr, ne]) {
      const open = office.openConflicts(id);
      expect(open).toHaveLength(1);
      expect(open[0]).toMatchObject({
        field: 'sex',
        registry: 'male',
        incoming: 'undisclosed',
        base: 'female',
      });
      expect(office.replica.get(id)?.data['sex']).toBe('male');
    }
    const { rows } = await world.test.db.query('SELECT id FROM conflicts WHERE record_id = $1', [
      id,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('keeps both edits when two offices change different fields', async () => {
    const { hq, fr, ne } = world;
    const id = await sharedPerson();
    const email = fr.edit(id, 'email', 'awa@example.org');
    const notes = ne.edit(id, 'notes', 'wants to invest in solar');
    expect((await fr.push([email])).body.results[0]).toMatchObject({ outcome: 'applied', rev: 2 });
    expect((await ne.push([notes])).body.results[0]).toMatchObject({ outcome: 'applied', rev: 3 });
    for (const office of [hq, fr, ne]) {
      await office.pullAll();
      expect(office.replica.get(id)).toMatchObject({
        rev: 3,
        data: { email: 'awa@example.org', notes: 'wants to invest in solar' },
      });
      expect(office.openConflicts(id)).toEqual([]);
    }
  });

  it('turns a delete against an edit into a conflict instead of losing either', async () => {
    const { hq, fr, ne } = world;
    const id = await sharedPerson();
    const remove = fr.op('delete', id, {});
    const edit = ne.edit(id, 'notes', 'moved house');
    expect((await ne.push([edit])).body.results[0]).toMatchObject({ outcome: 'applied' });
    const deleted = (await fr.push([remove])).body.results[0];
    expect(deleted).toMatchObject({
      outcome: 'conflict',
      conflictIds: [`${remove.opId}:$deleted`],
    });
    for (const office of [hq, fr, ne]) {
      await office.pullAll();
      expect(office.replica.get(id)).toMatchObject({
        status: 'live',
        data: { notes: 'moved house' },
      });
      expect(office.openConflicts(id)).toEqual([
        expect.objectContaining({ field: '$deleted', registry: false, incoming: true }),
      ]);
    }
  });

  it('settles a conflict with a resolve op that every office receives', async () => {
    const { hq, fr, ne } = world;
    const id = await sharedPerson();
    await fr.push([fr.edit(id, 'sex', 'male')]);
    await ne.push([ne.edit(id, 'sex', 'undisclosed')]);
    await hq.pullAll();
    const [conflict] = hq.openConflicts(id);
    if (!conflict) throw new Error('no conflict');
    const resolve = hq.op(
      'resolve',
      id,
      { sex: { from: 'male', to: 'undisclosed' } },
      { conflictId: conflict.id },
    );
    expect((await hq.push([resolve])).body.results[0]).toMatchObject({ outcome: 'applied' });
    for (const office of [hq, fr, ne]) {
      await office.pullAll();
      expect(office.replica.get(id)?.data['sex']).toBe('undisclosed');
      expect(office.conflicts.get(conflict.id)?.status).toBe('resolved');
    }
  });

  it('accepts a gzip-compressed push', async () => {
    const op = world.hq.create(person('SN', 'NE-8'));
    const pushed = await world.hq.push([op], { gzip: true });
    expect(pushed.body.results).toEqual([{ opId: op.opId, outcome: 'applied', rev: 1 }]);
  });

  it('answers resyncRequired to a cursor beyond the log (a registry restored from backup)', async () => {
    const { ne } = world;
    const saved = ne.cursor;
    ne.cursor = saved + 1_000_000;
    const page = await ne.pullPage();
    expect(page.status).toBe(200);
    expect(isResyncRequired(page.body)).toBe(true);
    ne.cursor = saved;
  });

  it('refuses a page larger than 1000 and a malformed cursor', async () => {
    const { fr } = world;
    for (const query of ['cursor=0&limit=1001', 'cursor=-1', 'cursor=abc', 'limit=10']) {
      const response = await fetch(`${world.registry.url}/v1/sync/pull?${query}`, {
        headers: { 'x-diaspora-protocol': '1', ...fr.headers() },
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid-request' });
    }
  });
});
