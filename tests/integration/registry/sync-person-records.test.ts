import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../shared/sync/json';
import type { FieldChanges, Op } from '../../../shared/sync/op';
import type { Change } from '../../../shared/sync/protocol/change';
import type { PullPage } from '../../../shared/sync/protocol/pull-response';
import { person, residenceIn } from './helpers/person-values';
import type { SyncClient } from './helpers/sync-client';
import { openSyncWorld, type SyncWorld } from './helpers/sync-world';
import { testBackends } from './helpers/test-backends';

/** A registration consent for a person, as the office's staff records it. */
function consent(personId: string): JsonObject {
  return {
    personId,
    purpose: 'registration',
    noticeVersion: '2024-1',
    noticeLanguage: { list: 'iso-639-3', version: '2024', code: 'fra' },
    method: 'paper-signed',
    givenAt: '2025-03-01T09:30:00.000Z',
    recordedBy: uuidv7(),
  };
}

function createConsent(office: SyncClient, personId: string): Op {
  const changes: FieldChanges = {};
  for (const [field, to] of Object.entries(consent(personId))) changes[field] = { from: null, to };
  return office.op('create', uuidv7(), changes, { recordType: 'consent' });
}

/**
 * Records about a person (here a consent) are seen where the person is, not only by the office
 * that made them: DESIGN.md "Scopes" and "Moving out of scope".
 */
describe.each(testBackends())('records about a person follow her scope on $kind', (backend) => {
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

  const about = (changes: Change[], recordId: string) =>
    changes.filter((c) => c.recordId === recordId).map((c) => c.kind);

  it('sends a consent made in Niamey to Paris with the person, and purges both when she moves to Canada', async () => {
    const { hq, fr, ne } = world;
    const create = ne.create(person('FR', 'NE-8'));
    const given = createConsent(ne, create.recordId);
    expect((await ne.push([create, given])).body.results.map((r) => r.outcome)).toEqual([
      'applied',
      'applied',
    ]);
    const toParis = await pullChanges(fr);
    expect(about(toParis, create.recordId)).toEqual(['upsert']);
    expect(about(toParis, given.recordId)).toEqual(['upsert']);
    expect(fr.replica.get(given.recordId)).toMatchObject({
      recordType: 'consent',
      data: { personId: create.recordId, purpose: 'registration' },
    });
    await hq.pullAll();
    expect(hq.replica.has(given.recordId)).toBe(true);

    // Paris has the consent, so it may edit it (and the person).
    const fix = fr.op(
      'update',
      given.recordId,
      { noticeVersion: { from: '2024-1', to: '2024-2' } },
      { recordType: 'consent' },
    );
    expect((await fr.push([fix])).body.results[0]).toMatchObject({ outcome: 'applied', rev: 2 });
    expect(
      (await fr.push([fr.edit(create.recordId, 'notes', 'seen in Paris')])).body.results[0],
    ).toMatchObject({ outcome: 'applied' });
    await ne.pullAll();
    await hq.pullAll();

    // She moves to Canada: Paris loses her and her consent; Niamey (creator, region) keeps both.
    const move = hq.edit(create.recordId, 'residence', residenceIn('CA'));
    expect((await hq.push([move])).body.results[0]).toMatchObject({ outcome: 'applied' });
    const afterMove = await pullChanges(fr);
    expect(about(afterMove, create.recordId)).toEqual(['purge']);
    expect(about(afterMove, given.recordId)).toEqual(['purge']);
    expect(fr.replica.has(create.recordId)).toBe(false);
    expect(fr.replica.has(given.recordId)).toBe(false);
    for (const office of [hq, ne]) {
      await office.pullAll();
      expect(office.replica.get(given.recordId)).toMatchObject({
        rev: 2,
        status: 'live',
        data: { noticeVersion: '2024-2' },
      });
    }
    // Paris may no longer write to the consent.
    const late = fr.op(
      'update',
      given.recordId,
      { noticeVersion: { from: '2024-2', to: '2024-3' } },
      { recordType: 'consent', baseRev: 2 },
    );
    expect((await fr.push([late])).body.results[0]).toMatchObject({
      outcome: 'rejected',
      code: 'out-of-scope',
    });

    // Back to France: Paris receives the consent again, as it is now.
    await hq.push([hq.edit(create.recordId, 'residence', residenceIn('FR'))]);
    const back = await pullChanges(fr);
    expect(about(back, given.recordId)).toEqual(['upsert']);
    expect(fr.replica.get(given.recordId)).toMatchObject({
      rev: 2,
      status: 'live',
      data: { noticeVersion: '2024-2' },
    });
  });

  it('keeps a consent for a person in Canada away from Paris', async () => {
    const { hq, fr } = world;
    const create = hq.create(person('CA', 'NE-1'));
    const given = createConsent(hq, create.recordId);
    await hq.push([create, given]);
    const toParis = await pullChanges(fr);
    expect(about(toParis, create.recordId)).toEqual([]);
    expect(about(toParis, given.recordId)).toEqual([]);
    const write = fr.op(
      'update',
      given.recordId,
      { noticeVersion: { from: '2024-1', to: 'x' } },
      { recordType: 'consent', baseRev: 1 },
    );
    expect((await fr.push([write])).body.results[0]).toMatchObject({ code: 'out-of-scope' });
  });

  it('files a consent that reached the registry before its person once the person arrives', async () => {
    const { hq, fr, ne } = world;
    const personId = uuidv7();
    const given = createConsent(hq, personId);
    expect((await hq.push([given])).body.results[0]).toMatchObject({ outcome: 'applied' });
    expect(about(await pullChanges(fr), given.recordId)).toEqual([]);
    await ne.push([ne.create(person('FR', 'NE-8'), personId)]);
    const toParis = await pullChanges(fr);
    expect(about(toParis, personId)).toEqual(['upsert']);
    expect(about(toParis, given.recordId)).toEqual(['upsert']);
    expect(fr.replica.get(given.recordId)).toMatchObject({ data: { personId } });
  });

  it('brings the open conflicts of a consent to an office that gains the person', async () => {
    const { hq, fr } = world;
    const second = await world.enroll(hq);
    const create = hq.create(person('CA', 'NE-1'));
    const given = createConsent(hq, create.recordId);
    await hq.push([create, given]);
    for (const office of [hq, second]) await office.pullAll();
    // Delete against edit is always a conflict.
    const edit = second.op(
      'update',
      given.recordId,
      { noticeVersion: { from: '2024-1', to: '2024-2' } },
      { recordType: 'consent' },
    );
    await second.push([edit]);
    const remove = hq.op('delete', given.recordId, {}, { recordType: 'consent' });
    expect((await hq.push([remove])).body.results[0]).toMatchObject({ outcome: 'conflict' });
    await fr.pullAll();
    expect(fr.replica.has(given.recordId)).toBe(false);
    await hq.pullAll();
    await hq.push([hq.edit(create.recordId, 'residence', residenceIn('FR'))]);
    await fr.pullAll();
    expect(fr.replica.get(given.recordId)).toMatchObject({
      status: 'live',
      data: { noticeVersion: '2024-2' },
    });
    expect(fr.openConflicts(given.recordId)).toEqual([
      expect.objectContaining({ id: `${remove.opId}:$deleted`, recordId: given.recordId }),
    ]);
  });
});
