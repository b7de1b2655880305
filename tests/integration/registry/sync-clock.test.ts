import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIFT_BOUND_MS } from '../../../shared/sync/clock/stamp-incoming';
import { decodeHlc } from '../../../shared/sync/hlc';
import { person } from './helpers/person-values';
import { openSyncWorld, type SyncWorld } from './helpers/sync-world';
import { testBackends } from './helpers/test-backends';

const DAY_MS = 86_400_000;

describe.each(testBackends())('sync push with a wrong office clock on $kind', (backend) => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await openSyncWorld(backend);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('re-stamps ops from a PC days ahead, reports the drift, and keeps the office stamp', async () => {
    const { hq, fr, test } = world;
    const create = hq.create(person('FR', 'NE-8'));
    await hq.push([create]);
    await fr.pullAll();
    await hq.pullAll();
    fr.skewMs = 3 * DAY_MS;
    const skewed = fr.edit(create.recordId, 'notes', 'from the future');
    const before = Date.now();
    const response = await fr.push([skewed]);
    expect(response.body.results[0]).toMatchObject({ outcome: 'applied', rev: 2 });
    expect(response.body.drift).toMatchObject({
      code: 'clock-drift',
      boundMs: DRIFT_BOUND_MS,
      restampedOps: 1,
    });
    expect(response.body.clockOffsetMs).toBeGreaterThan(3 * DAY_MS - 60_000);
    expect(response.body.clockOffsetMs).toBe(response.body.drift?.offsetMs);
    const { rows } = await test.db.query<{ hlc: string; office_hlc: string | null }>(
      `SELECT c.hlc, a.office_hlc FROM changes c JOIN applied_ops a ON a.op_id = c.op_id
       WHERE c.op_id = $1`,
      [skewed.opId],
    );
    expect(rows[0]?.office_hlc).toBe(skewed.hlc);
    const stamp = decodeHlc(rows[0]?.hlc ?? '');
    if (!stamp.ok) throw new Error('bad stamp');
    expect(stamp.clock.node).toBe('registry');
    expect(stamp.clock.wallMs).toBeGreaterThanOrEqual(before - 1_000);
    expect(stamp.clock.wallMs).toBeLessThanOrEqual(Date.now());
    // A later edit from a correct clock, on the same base, wins the last-writer race as it should.
    const later = hq.edit(create.recordId, 'notes', 'from today');
    expect((await hq.push([later])).body.results[0]).toMatchObject({ outcome: 'applied', rev: 3 });
    await hq.pullAll();
    expect(hq.replica.get(create.recordId)?.data['notes']).toBe('from today');
  });

  // Fresh PCs below: a PC's HLC never goes back, so once ahead it stays ahead until time catches up.
  it('reports a clock behind without re-stamping (harmless to the HLC)', async () => {
    const fr = await world.enroll(world.fr);
    fr.skewMs = -2 * DAY_MS;
    const response = await fr.push([fr.create(person('FR', 'NE-8'))]);
    expect(response.body.results[0]).toMatchObject({ outcome: 'applied' });
    expect(response.body.drift).toMatchObject({ restampedOps: 0 });
    expect(response.body.clockOffsetMs).toBeLessThan(-2 * DAY_MS + 60_000);
  });

  it('says nothing about a clock within the bound', async () => {
    const fr = await world.enroll(world.fr);
    fr.skewMs = 60_000;
    const response = await fr.push([fr.create(person('FR', 'NE-8'))]);
    expect(response.body.drift).toBeUndefined();
    expect(Math.abs(response.body.clockOffsetMs - 60_000)).toBeLessThan(5_000);
  });
});
