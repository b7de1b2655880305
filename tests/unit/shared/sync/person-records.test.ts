import { describe, expect, it } from 'vitest';
import type { FieldChanges, Op } from '../../../../shared/sync/op';
import { PushResponse } from '../../../../shared/sync/protocol/push-response';
import { op, stampAt, uuid7 } from './helpers';
import { expectConverged } from './model/invariants';
import type { OfficeModel } from './model/office-model';
import { World } from './model/world';

const residence = (code: string) => ({ country: { list: 'iso-3166-1', version: '2024', code } });

/** A registration consent for a person, made by one office of the world. */
function consentOp(office: OfficeModel, personId: string, consentId: string, wallMs: number): Op {
  const fields = {
    personId,
    purpose: 'registration',
    noticeVersion: '2024-1',
    noticeLanguage: { list: 'iso-639-3', version: '2024', code: 'fra' },
    method: 'paper-signed',
    givenAt: '2025-03-01T09:30:00.000Z',
    recordedBy: uuid7(9, 4),
  };
  const changes: FieldChanges = {};
  for (const [field, to] of Object.entries(fields)) changes[field] = { from: null, to };
  office.deviceSeq += 1;
  return op({
    kind: 'create',
    recordId: consentId,
    recordType: 'consent',
    changes,
    hlc: stampAt(wallMs, office.deviceId),
    deviceId: office.deviceId,
    officeId: office.officeId,
    deviceSeq: office.deviceSeq,
  });
}

describe('the reference registry files records about a person under her scope', () => {
  it('sends a consent to the office that sees the person, and purges it when she moves', () => {
    const w = new World([0, 0, 0]);
    const [hq, paris] = w.offices as [OfficeModel, OfficeModel];
    const now = () => w.registry.physicalMs;
    const personId = w.newRecordId();
    hq.create(personId, { residence: residence('FR'), notes: 'n1' }, now());
    w.flush();
    const consentId = w.newRecordId();
    const pushed = PushResponse.parse(w.replay(0, [consentOp(hq, personId, consentId, now())]));
    expect(pushed.results[0]).toMatchObject({ outcome: 'applied' });
    w.pullAll();
    expect(paris.replica.get(consentId)).toMatchObject({ data: { personId } });
    expectConverged(w);

    hq.edit(personId, 'residence', residence('CA'), now());
    w.flush();
    const head = w.registry.log.length;
    w.pullAll();
    expect(paris.replica.has(personId)).toBe(false);
    expect(paris.replica.has(consentId)).toBe(false);
    const page = w.registry.pull(paris.officeId, {
      protocolVersion: 1,
      cursor: head - 2,
      limit: 10,
    });
    expect('changes' in page && page.changes.map((c) => [c.recordId, c.kind])).toEqual([
      [personId, 'purge'],
      [consentId, 'purge'],
    ]);
    expect(hq.replica.has(consentId)).toBe(true);
    expectConverged(w);
  });

  it('files a consent that arrived before its person once the person arrives', () => {
    const w = new World([0, 0, 0]);
    const [hq, paris, dakar] = w.offices as [OfficeModel, OfficeModel, OfficeModel];
    const now = () => w.registry.physicalMs;
    const personId = w.newRecordId();
    const consentId = w.newRecordId();
    w.replay(2, [consentOp(dakar, personId, consentId, now())]);
    w.pullAll();
    expect(paris.replica.has(consentId)).toBe(false);
    hq.create(personId, { residence: residence('FR'), notes: 'n1' }, now());
    w.flush();
    w.pullAll();
    expect(paris.replica.get(consentId)).toMatchObject({ data: { personId } });
    expectConverged(w);
  });
});
