import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminContext } from '../../../registry/src/cli/admin-context';
import { runAdminCommand, type AdminCommand } from '../../../registry/src/cli/run-admin-command';
import { person } from './helpers/person-values';
import { openSyncWorld, type SyncWorld } from './helpers/sync-world';
import { testBackends } from './helpers/test-backends';

const HOUR = 3_600_000;

describe.each(testBackends())('held ops: list and force after a timeout on $kind', (backend) => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await openSyncWorld(backend);
  });
  afterAll(async () => {
    await world?.close();
  });

  async function run(command: AdminCommand, args: string[], now = new Date()) {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: AdminContext = {
      db: world.test.db,
      now: () => now,
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    };
    const code = await runAdminCommand(command, args, ctx);
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('lists held ops, refuses to force them early, then settles them in order', async () => {
    const { ne } = world;
    const device = ne.device.deviceId;
    expect((await run('held-ops', [])).out).toContain('No held ops');
    const settled = ne.create(person('IT', 'NE-8'));
    const lost = ne.create(person('IT', 'NE-8', 'lost on the way')); // seq 2 never arrives
    const later = ne.create(person('IT', 'NE-8', 'arrived'));
    const edit = ne.op('update', later.recordId, { notes: { from: 'arrived', to: 'edited' } });
    await ne.push([settled]);
    expect((await ne.push([later, edit])).body.results.map((r) => r.outcome)).toEqual([
      'held',
      'held',
    ]);

    const listed = await run('held-ops', []);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(
      new RegExp(
        `${device}.*\\b2\\b.*${later.deviceSeq}-${edit.deviceSeq}\\s+${lost.deviceSeq}\\b`,
      ),
    );

    const early = await run('force-held-ops', [device]);
    expect(early.code).toBe(1);
    expect(early.err).toContain('may still come');
    expect(await heldCount()).toBe(2);

    const forced = await run('force-held-ops', [device], new Date(Date.now() + 25 * HOUR));
    expect(forced).toMatchObject({ code: 0 });
    expect(forced.out).toContain(`seq ${lost.deviceSeq} skipped, 2 held op(s) settled`);
    expect(await heldCount()).toBe(0);
    await ne.pullAll();
    expect(ne.replica.get(later.recordId)?.data['notes']).toBe('edited');
    expect((await run('held-ops', [])).out).toContain('No held ops');

    // The skipped op turns up after all: applied late, not refused as a reused seq.
    const late = await ne.push([lost]);
    expect(late.body.results).toEqual([{ opId: lost.opId, outcome: 'applied', rev: 1 }]);
    // The device's sequence carries on after the highest seq, not after the late one.
    const next = ne.create(person('IT', 'NE-8'));
    expect((await ne.push([next])).body.results[0]).toMatchObject({ outcome: 'applied' });
    const { rows } = await world.test.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM skipped_seqs WHERE device_id = $1',
      [device],
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('answers plainly when there is nothing to force or the device is unknown', async () => {
    expect(await run('force-held-ops', [world.fr.device.deviceId])).toMatchObject({
      code: 0,
      out: expect.stringContaining('no held ops'),
    });
    const unknown = await run('force-held-ops', ['01900000-0000-7000-8000-00000000dead']);
    expect(unknown.code).toBe(1);
    expect(await run('force-held-ops', ['not-a-device'])).toMatchObject({ code: 2 });
    expect(
      await run('force-held-ops', [world.fr.device.deviceId, '--older-than-hours', '0']),
    ).toMatchObject({ code: 2 });
  });

  async function heldCount(): Promise<number> {
    const { rows } = await world.test.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM held_ops WHERE device_id = $1',
      [world.ne.device.deviceId],
    );
    return rows[0]?.n ?? -1;
  }
});
