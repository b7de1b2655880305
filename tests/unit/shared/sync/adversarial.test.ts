import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../../shared/sync/protocol/protocol-version';
import { PushResponse } from '../../../../shared/sync/protocol/push-response';
import { World } from './model/world';

const DAY = 86_400_000;
const residence = (code: string) => ({ country: { list: 'iso-3166-1', version: '2024', code } });

/** Three national-scope offices (office 0 national; the others see France / Dakar). */
function world(skews: [number, number, number] = [0, 0, 0]) {
  const w = new World(skews);
  const [hq, paris, dakar] = w.offices as [
    (typeof w.offices)[0],
    (typeof w.offices)[0],
    (typeof w.offices)[0],
  ];
  return { w, hq, paris, dakar, now: () => w.registry.physicalMs };
}

function push(w: World, index: number, ops: readonly unknown[]) {
  const office = w.offices[index]!;
  const response = PushResponse.parse(w.replay(index, ops));
  office.takeResponse(ops as never, response);
  return response;
}

describe('adversarial sync', () => {
  it('an office whose clock is days ahead is re-stamped, told, and cannot win last-writer-wins', () => {
    const { w, hq, paris, now } = world([0, 3 * DAY, 0]);
    const id = w.newRecordId();
    hq.create(id, { residence: residence('FR'), notes: 'n1' }, now());
    w.flush();
    w.pullAll();
    const fast = paris.edit(id, 'notes', 'from the future', now())!;
    const response = push(w, 1, [fast]);
    expect(response.drift).toMatchObject({ code: 'clock-drift', restampedOps: 1 });
    expect(response.clockOffsetMs).toBe(3 * DAY);
    expect(w.registry.applied.at(-1)?.officeStamp).toBe(fast.hlc);
    w.registry.physicalMs += 60_000;
    const later = hq.edit(id, 'notes', 'really later', now())!;
    push(w, 0, [later]);
    expect(w.registry.records.get(id)?.data['notes']).toBe('really later');
    expect(
      w.registry.history.some((h) => h.value === 'from the future' && h.reason === 'lww-lost'),
    ).toBe(true);
    // The registry's clock did not follow the office's.
    expect(w.registry.clock.wallMs).toBeLessThanOrEqual(now() + 1);
  });

  it('an office whose clock is days behind is harmless once it has pulled', () => {
    const { w, hq, dakar, now } = world([0, 0, -3 * DAY]);
    const id = w.newRecordId();
    hq.create(
      id,
      {
        residence: residence('SN'),
        origin: { region: { list: 'iso-3166-2', version: '2024', code: 'SN-DK' } },
        notes: 'n1',
      },
      now(),
    );
    w.flush();
    w.pullAll();
    w.registry.physicalMs += 60_000;
    const slow = dakar.edit(id, 'notes', 'after pulling', now())!;
    expect(slow.hlc > w.registry.records.get(id)!.updatedHlc).toBe(true);
    w.flush();
    expect(w.registry.records.get(id)?.data['notes']).toBe('after pulling');
  });

  it('rejects a poisoned op alone; the rest of its batch is applied', () => {
    const { w, hq, now } = world();
    const a = hq.create(w.newRecordId(), { notes: 'n1' }, now());
    const b = hq.create(w.newRecordId(), { notes: 'n2' }, now());
    const response = push(w, 0, [a, { ...a, opId: 'not-a-uuid' }, { evil: '<script>' }, b]);
    expect(response.results.map((r) => r.outcome)).toEqual([
      'applied',
      'rejected',
      'rejected',
      'applied',
    ]);
    expect(response.results[2]).toEqual({ opId: null, outcome: 'rejected', code: 'invalid-op' });
    expect(w.registry.records.size).toBe(2);
  });

  it('rejects alone an op whose value breaks the domain rules', () => {
    const { w, hq, now } = world();
    const ok = hq.create(w.newRecordId(), { notes: 'n1' }, now());
    const bad = hq.create(w.newRecordId(), { sex: 'robot' }, now());
    const next = hq.create(w.newRecordId(), { notes: 'n3' }, now());
    const response = push(w, 0, [ok, bad, next]);
    expect(response.results.map((r) => r.outcome)).toEqual(['applied', 'rejected', 'applied']);
  });

  it('keeps unknown fields from a newer client all the way to other offices', () => {
    const { w, hq, paris, now } = world();
    const id = w.newRecordId();
    const op = hq.create(id, { residence: residence('FR'), notes: 'n1' }, now());
    const newer = {
      ...op,
      formatVersion: 2,
      changes: { ...op.changes, whatsappOptIn: { from: null, to: true } },
    };
    hq.outbox = [newer];
    w.flush();
    w.pullAll();
    expect(w.registry.records.get(id)?.extra).toEqual({ whatsappOptIn: true });
    expect(paris.replica.get(id)?.extra).toEqual({ whatsappOptIn: true });
    paris.edit(id, 'notes', 'n2', now());
    w.flush();
    expect(w.registry.records.get(id)?.extra).toEqual({ whatsappOptIn: true });
  });

  it('merges an edit made while the previous push was in flight, without a conflict', () => {
    const { w, hq, now } = world();
    const id = w.newRecordId();
    hq.create(id, { sex: 'female' }, now());
    w.flush();
    w.pullAll();
    const first = hq.edit(id, 'sex', 'male', now())!;
    const response = w.replay(0, [first]);
    const second = hq.edit(id, 'sex', 'undisclosed', now())!; // made before the answer arrives
    hq.takeResponse([first], response);
    expect(second.changes['sex']?.from).toBe('male');
    w.flush();
    expect(w.registry.applied.at(-1)?.result.outcome).toBe('applied');
    expect(w.registry.records.get(id)?.data['sex']).toBe('undisclosed');
  });

  it('holds ops that arrive ahead of a gap (a USB bundle read out of order) until it fills', () => {
    const { w, hq, now } = world();
    const id = w.newRecordId();
    const create = hq.create(id, { notes: 'n1' }, now());
    const edit = hq.edit(id, 'notes', 'n2', now())!;
    expect(push(w, 0, [edit]).results[0]).toEqual({ opId: edit.opId, outcome: 'held' });
    expect(w.registry.records.size).toBe(0);
    expect(push(w, 0, [create]).results[0]?.outcome).toBe('applied');
    expect(w.registry.records.get(id)?.data['notes']).toBe('n2');
    expect(push(w, 0, [edit]).results[0]).toMatchObject({
      outcome: 'duplicate',
      first: { outcome: 'applied' },
    });
  });

  it('moves a person out of an office’s scope with a purge marker, never a delete', () => {
    const { w, hq, paris, now } = world();
    const id = w.newRecordId();
    hq.create(id, { residence: residence('FR'), notes: 'n1' }, now());
    w.flush();
    w.pullAll();
    expect(paris.replica.has(id)).toBe(true);
    hq.edit(id, 'residence', residence('CA'), now());
    w.flush();
    const page = w.registry.pull(paris.officeId, {
      protocolVersion: PROTOCOL_VERSION,
      cursor: paris.cursor,
      limit: 10,
    });
    expect('changes' in page && page.changes.map((c) => c.kind)).toEqual(['purge']);
    w.pullAll();
    expect(paris.replica.has(id)).toBe(false);
    expect(w.registry.records.get(id)?.deleted).toBe(false);
  });

  it('answers resync-required to a cursor beyond its log (a registry restored from backup)', () => {
    const { w } = world();
    const page = w.registry.pull(w.offices[0]!.officeId, {
      protocolVersion: PROTOCOL_VERSION,
      cursor: 99,
      limit: 10,
    });
    expect(page).toEqual({ protocolVersion: PROTOCOL_VERSION, resyncRequired: true });
  });
});
