import { describe, expect, it } from 'vitest';
import type { Change } from '../../../../shared/sync/protocol/change';
import type { ReplicaRecord } from '../../../../shared/sync/replica/apply-change';
import { applyChange } from '../../../../shared/sync/replica/apply-change';
import { OFFICE_A, RECORD, stampAt } from './helpers';

const base = {
  recordId: RECORD,
  recordType: 'person' as const,
  officeId: OFFICE_A,
  hlc: stampAt(1),
};
const upsert = (seq: number, rev: number, notes: string): Change => ({
  ...base,
  seq,
  rev,
  kind: 'upsert',
  data: { notes },
  extra: { future: 1 },
  mergedInto: null,
});

function put(existing: ReplicaRecord | undefined, change: Change): ReplicaRecord | undefined {
  const update = applyChange(existing, change);
  if (update.kind === 'put') return update.record;
  if (update.kind === 'drop') return undefined;
  return existing;
}

describe('applyChange (office side of a pull)', () => {
  it('takes a newer snapshot, passthrough fields included, and ignores an older replayed one', () => {
    const v2 = put(undefined, upsert(2, 2, 'two'));
    expect(v2).toMatchObject({
      rev: 2,
      status: 'live',
      data: { notes: 'two' },
      extra: { future: 1 },
    });
    expect(put(v2, upsert(1, 1, 'one'))).toBe(v2);
    expect(put(v2, upsert(2, 2, 'two'))).toEqual(v2);
  });

  it('hides a deleted record without keeping its values, and a later upsert restores it', () => {
    const deleted = put(put(undefined, upsert(1, 1, 'x')), {
      ...base,
      seq: 2,
      rev: 2,
      kind: 'delete',
    });
    expect(deleted).toMatchObject({ status: 'deleted', data: {} });
    expect(put(deleted, upsert(3, 3, 'back'))).toMatchObject({
      status: 'live',
      data: { notes: 'back' },
    });
  });

  it('never resurrects an erased record, whatever arrives after the tombstone', () => {
    const erased = put(put(undefined, upsert(1, 1, 'x')), {
      ...base,
      seq: 2,
      rev: 2,
      kind: 'erase',
    });
    expect(erased).toMatchObject({ status: 'erased', data: {}, extra: {} });
    expect(applyChange(erased, upsert(3, 9, 'again'))).toEqual({ kind: 'keep' });
  });

  it('drops the copy on a purge marker, and hands conflicts over', () => {
    expect(
      applyChange(put(undefined, upsert(1, 1, 'x')), { ...base, seq: 2, rev: 1, kind: 'purge' }),
    ).toEqual({ kind: 'drop' });
  });
});
