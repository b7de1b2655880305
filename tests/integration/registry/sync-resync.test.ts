import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/sync/protocol/change';
import { PullResponse } from '../../../shared/sync/protocol/pull-response';
import { SnapshotPage } from '../../../shared/sync/protocol/snapshot-page';
import { applyChange, type ReplicaRecord } from '../../../shared/sync/replica/apply-change';
import { newLogEpoch } from '../../../registry/src/sync/log-epoch';
import { person } from './helpers/person-values';
import { v1Headers } from './helpers/start-test-registry';
import type { SyncClient } from './helpers/sync-client';
import { openSyncWorld, type SyncWorld } from './helpers/sync-world';
import { testBackends } from './helpers/test-backends';

async function getJson(client: SyncClient, path: string): Promise<unknown> {
  const response = await fetch(`${client.url}${path}`, { headers: v1Headers(client.headers()) });
  expect(response.status).toBe(200);
  return response.json();
}

async function pullWithEpoch(client: SyncClient, epoch: string | null) {
  const query = `cursor=${client.cursor}&limit=1000${epoch ? `&epoch=${epoch}` : ''}`;
  return PullResponse.parse(await getJson(client, `/v1/sync/pull?${query}`));
}

/** Every snapshot page from the start, `limit` records at a time. */
async function snapshot(client: SyncClient, limit: number) {
  const pages: SnapshotPage[] = [];
  let after = 0;
  let cursor: number | null = null;
  for (;;) {
    const query: string = `after=${after}&limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`;
    const page = SnapshotPage.parse(await getJson(client, `/v1/sync/snapshot?${query}`));
    pages.push(page);
    cursor = page.cursor;
    after = page.after;
    if (!page.hasMore) return pages;
  }
}

function replicaOf(changes: readonly Change[]): Map<string, ReplicaRecord> {
  const replica = new Map<string, ReplicaRecord>();
  for (const change of changes) {
    const update = applyChange(replica.get(change.recordId), change);
    if (update.kind === 'put') replica.set(change.recordId, update.record);
  }
  return replica;
}

describe.each(testBackends())('resync: log epoch and snapshot on $kind', (backend) => {
  let world: SyncWorld;
  beforeAll(async () => {
    world = await openSyncWorld(backend);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('answers resyncRequired to a cursor of another epoch, even once the log grew past it', async () => {
    const { hq, fr } = world;
    await hq.push([hq.create(person('FR', 'NE-1'))]);
    const first = await pullWithEpoch(fr, null);
    if (!('changes' in first) || !first.epoch) throw new Error('a page with an epoch expected');
    fr.cursor = first.nextCursor;
    const epoch = first.epoch;
    expect(await pullWithEpoch(fr, epoch)).toMatchObject({ changes: [], epoch });
    // Restored from backup: the admin gives the log a new epoch; new changes reuse old seqs.
    const fresh = await newLogEpoch(world.test.db, new Date());
    await hq.push([hq.create(person('FR', 'NE-2')), hq.create(person('FR', 'NE-3'))]);
    expect(await pullWithEpoch(fr, epoch)).toEqual({
      protocolVersion: 1,
      resyncRequired: true,
      epoch: fresh,
    });
    // An office from before epochs (none sent) is served as before.
    expect(await pullWithEpoch(fr, null)).toMatchObject({ epoch: fresh });
  });

  it('gives a paged snapshot of the records in scope, with tombstones and conflicts', async () => {
    const { hq, fr, ne } = world;
    const inFrance = hq.create(person('FR', 'NE-8'));
    const inItaly = hq.create(person('IT', 'NE-8'));
    const removed = hq.create(person('FR', 'NE-1'));
    await hq.push([inFrance, inItaly, removed]);
    await hq.pullAll();
    await ne.pullAll();
    await hq.push([hq.op('delete', removed.recordId, {})]);
    await hq.push([hq.edit(inFrance.recordId, 'sex', 'male')]);
    await ne.push([ne.edit(inFrance.recordId, 'sex', 'undisclosed')]); // a conflict

    const pages = await snapshot(fr, 2);
    expect(pages.length).toBeGreaterThan(1);
    expect(new Set(pages.map((p) => p.cursor)).size).toBe(1); // one cursor for the snapshot
    const changes = pages.flatMap((p) => p.changes);
    const ids = changes.map((c) => c.recordId);
    expect(ids).toContain(inFrance.recordId);
    expect(ids).not.toContain(inItaly.recordId);
    expect(changes.find((c) => c.recordId === removed.recordId)?.kind).toBe('delete');
    expect(changes.filter((c) => c.kind === 'conflict')).toEqual([
      expect.objectContaining({
        recordId: inFrance.recordId,
        conflict: expect.objectContaining({ field: 'sex', registry: 'male', status: 'open' }),
      }),
    ]);

    // The same office state as replaying the whole log from 0.
    fr.cursor = 0;
    fr.replica.clear();
    await fr.pullAll();
    const fromSnapshot = replicaOf(changes);
    expect(new Map([...fromSnapshot].map(([id, r]) => [id, [r.rev, r.status, r.data]]))).toEqual(
      new Map([...fr.replica].map(([id, r]) => [id, [r.rev, r.status, r.data]])),
    );
    expect(pages[0]?.cursor).toBe(fr.cursor);
  });

  it('leaves what changes during a snapshot to the pull from its cursor', async () => {
    const { hq, fr } = world;
    const first = SnapshotPage.parse(await getJson(fr, '/v1/sync/snapshot?after=0&limit=1'));
    const later = hq.create(person('FR', 'NE-1'));
    await hq.push([later]);
    const rest = await snapshot(fr, 1000);
    const all = [first, ...rest].flatMap((p) => p.changes);
    expect(all.some((c) => c.recordId === later.recordId)).toBe(true); // rest started anew
    const resumed = SnapshotPage.parse(
      await getJson(fr, `/v1/sync/snapshot?after=${first.after}&limit=1000&cursor=${first.cursor}`),
    );
    expect(resumed.changes.some((c) => c.recordId === later.recordId)).toBe(false);
    fr.cursor = first.cursor;
    await fr.pullAll();
    expect(fr.replica.has(later.recordId)).toBe(true);
  });

  it('refuses a malformed snapshot query', async () => {
    const { fr } = world;
    for (const query of ['after=-1', 'after=0&limit=1001', 'after=x', 'limit=5']) {
      const response = await fetch(`${fr.url}/v1/sync/snapshot?${query}`, {
        headers: v1Headers(fr.headers()),
      });
      expect(response.status).toBe(400);
    }
  });
});
