import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../../shared/sync/protocol/conflict';
import type { OfficeScope, ScopeFacts } from '../../../shared/sync/scope/scope';
import { deliverChanges } from './deliver-changes';
import type { CurrentRecord, PulledRow } from './pulled-row';

const ID = '01900000-0000-7000-8000-000000000001';
const CREATOR = '01900000-0000-7000-8000-0000000000c1';
const PARIS: OfficeScope = {
  officeId: '01900000-0000-7000-8000-0000000000c2',
  scope: { kind: 'residence', countries: ['FR'] },
};
const HLC = '000001750000000-0000-registry';
const living = (country: string): ScopeFacts => ({
  visibility: 'person',
  creators: [CREATOR],
  residenceCountry: country,
  regions: [],
});
const current = (country: string, rev: number): CurrentRecord => ({
  rev,
  officeId: CREATOR,
  dataJson: '{"notes":"now"}',
  extraJson: '{}',
  deleted: false,
  erased: false,
  mergedInto: null,
  updatedHlc: HLC,
  facts: living(country),
});

function row(seq: number, before: string | null, after: string, now: CurrentRecord): PulledRow {
  return {
    seq,
    recordId: ID,
    recordType: 'person',
    rev: seq,
    isConflict: false,
    officeId: CREATOR,
    hlc: HLC,
    scopeBefore: before === null ? null : living(before),
    scopeAfter: living(after),
    current: now,
    conflict: null,
  };
}

describe('deliverChanges', () => {
  it('gives the current state once per record, at its last entry', () => {
    const now = current('FR', 3);
    const rows = [row(1, null, 'FR', now), row(2, 'FR', 'FR', now), row(3, 'FR', 'FR', now)];
    const delivered = deliverChanges(rows, PARIS);
    expect(delivered.map((d) => [d.change.seq, d.change.kind, d.change.rev])).toEqual([
      [3, 'upsert', 3],
    ]);
    expect(delivered[0]?.raw?.dataJson).toBe('{"notes":"now"}');
  });

  it('purges at the office losing scope, and never sends it values from after that', () => {
    const now = current('CA', 2);
    const delivered = deliverChanges([row(1, null, 'FR', now), row(2, 'FR', 'CA', now)], PARIS);
    expect(delivered.map((d) => d.change.kind)).toEqual(['purge']);
    expect(delivered[0]?.raw).toBeNull();
  });

  it('sends a record back whole to an office gaining it again', () => {
    const now = current('FR', 3);
    const rows = [row(1, null, 'FR', now), row(2, 'FR', 'CA', now), row(3, 'CA', 'FR', now)];
    expect(deliverChanges(rows, PARIS).map((d) => [d.change.kind, d.change.seq])).toEqual([
      ['purge', 2],
      ['upsert', 3],
    ]);
  });

  it('sends conflicts in scope as conflict changes, once per conflict', () => {
    const conflict = { id: 'op:sex', recordId: ID, status: 'open' } as Conflict;
    const now = current('FR', 2);
    const conflictRow = (seq: number): PulledRow => ({
      ...row(seq, 'FR', 'FR', now),
      isConflict: true,
      conflict,
    });
    const delivered = deliverChanges([conflictRow(4), conflictRow(5)], PARIS);
    expect(delivered.map((d) => [d.change.kind, d.change.seq])).toEqual([['conflict', 5]]);
    expect(
      deliverChanges([conflictRow(4)], {
        ...PARIS,
        scope: { kind: 'residence', countries: ['CA'] },
      }),
    ).toEqual([]);
  });
});
