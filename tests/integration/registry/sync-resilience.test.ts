import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Op } from '../../../shared/sync/op';
import type { PullPage } from '../../../shared/sync/protocol/pull-response';
import { person } from './helpers/person-values';
import { cutPush, type SyncClient } from './helpers/sync-client';
import { openSyncWorld, type SyncWorld } from './helpers/sync-world';
import { testBackends } from './helpers/test-backends';

const COUNTRIES = ['FR', 'CA', 'SN', 'FR', 'IT'];

describe.each(testBackends())('sync through cut connections and restarts on $kind', (backend) => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await openSyncWorld(backend);
  });
  afterAll(async () => {
    await world?.close();
  });

  const creates = (office: SyncClient, n: number): Op[] =>
    Array.from({ length: n }, (_, i) => office.create(person(COUNTRIES[i % 5] ?? 'FR', 'NE-8')));

  async function rowsOf(opIds: readonly string[]) {
    const { rows } = await world.test.db.query<{ changes: number; applied: number }>(
      `SELECT (SELECT count(*)::int FROM changes WHERE op_id = ANY($1::uuid[])) AS changes,
              (SELECT count(*)::int FROM applied_ops WHERE op_id = ANY($1::uuid[])) AS applied`,
      [opIds],
    );
    return rows[0];
  }

  /** Waits until the registry has answered (or tried to answer) `count` pushes in all. */
  async function settledPushes(count: number): Promise<void> {
    const settled = () => world.registry.logs.filter((l) => l.includes('"push settled"')).length;
    for (let i = 0; i < 600 && settled() < count; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(settled()).toBeGreaterThanOrEqual(count);
  }

  it('loses nothing and doubles nothing when a push is cut half-way through its body', async () => {
    const { fr } = world;
    const ops = creates(fr, 40);
    await cutPush(fr, ops, 0.5);
    expect(await rowsOf(ops.map((op) => op.opId))).toEqual({ changes: 0, applied: 0 });
    const retry = await fr.push(ops);
    expect(retry.body.results.map((r) => r.outcome)).toEqual(ops.map(() => 'applied'));
    expect(await rowsOf(ops.map((op) => op.opId))).toEqual({ changes: 40, applied: 40 });
  });

  it('loses nothing and doubles nothing when the answer is lost and the batch sent again at once', async () => {
    const { fr } = world;
    const ops = creates(fr, 150);
    const pushesBefore = world.registry.logs.filter((l) => l.includes('"push settled"')).length;
    await cutPush(fr, ops, 1);
    const retry = await fr.push(ops);
    for (const result of retry.body.results) {
      const first = result.outcome === 'duplicate' ? result.first : result;
      expect(first).toMatchObject({ outcome: 'applied', rev: 1 });
    }
    await settledPushes(pushesBefore + 2);
    const ids = ops.map((op) => op.opId);
    expect(await rowsOf(ids)).toEqual({ changes: 150, applied: 150 });
  });

  it('lets an office resume its pull from its cursor after the registry restarts', async () => {
    const { hq, fr } = world;
    const ops = creates(hq, 60);
    await hq.push(ops);
    await fr.pullAll();
    const seen = new Set<number>();
    const firstPage = await fr.pullPage(1);
    expect(firstPage.status).toBe(200);
    const batch = creates(hq, 30);
    await hq.push(batch);
    const page = await fr.pullPage(5);
    for (const change of (page.body as PullPage).changes) seen.add(change.seq);
    await world.restart();
    // Edits made after the restart reach Paris too.
    const edits = batch
      .filter((_, i) => COUNTRIES[i % 5] === 'FR')
      .map((op) => hq.op('update', op.recordId, { notes: { from: 'first visit', to: 'after' } }));
    expect((await hq.push(edits)).body.results.map((r) => r.outcome)).toEqual(
      edits.map(() => 'applied'),
    );
    for (;;) {
      const next = await fr.pullPage(7);
      expect(next.status).toBe(200);
      const body = next.body as PullPage;
      for (const change of body.changes) {
        expect(seen.has(change.seq)).toBe(false);
        seen.add(change.seq);
      }
      if (!body.hasMore) break;
    }
    const fresh = await world.enroll(fr);
    await fresh.pullAll();
    expect(fr.replica).toEqual(fresh.replica);
    for (const edit of edits) expect(fr.replica.get(edit.recordId)?.data['notes']).toBe('after');
  });
});
