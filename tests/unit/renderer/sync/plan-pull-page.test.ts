import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../../shared/sync/protocol/change';
import type { OutboxRow } from '../../../../renderer/src/store/db/rows';
import type { PageState } from '../../../../renderer/src/sync/engine/plan-pull-page';
import { planPullPage } from '../../../../renderer/src/sync/engine/plan-pull-page';
import { backoffDelayMs } from '../../../../renderer/src/sync/state/backoff-delay';

const ID = '01900000-0000-7000-8000-000000000001';
const OFFICE = '01900000-0000-7000-8000-0000000000c1';
const hlc = (ms: number) => `${String(ms).padStart(15, '0')}-0000-node`;

function upsert(rev: number, data: Record<string, string>): Change {
  const base = {
    seq: rev,
    recordId: ID,
    recordType: 'person',
    rev,
    officeId: OFFICE,
    hlc: hlc(rev),
  };
  return { ...base, kind: 'upsert', data, extra: {}, mergedInto: null } as Change;
}

function emptyState(
  pending: OutboxRow[] = [],
  acks: { opId: string; rev: number }[] = [],
): PageState {
  return {
    revs: new Map([[ID, null]]),
    rows: new Map([[ID, null]]),
    pending: new Map([[ID, pending]]),
    acks: new Map([[ID, acks.map((a) => ({ ...a, recordId: ID }))]]),
  };
}

function op(seq: number, opId: string, notes: string): OutboxRow {
  return {
    seq,
    opId,
    recordId: ID,
    recordType: 'person',
    kind: 'update',
    baseRev: 1,
    changes: { notes: { from: null, to: notes } },
    hlc: hlc(seq),
    deviceId: OFFICE,
    officeId: OFFICE,
    userId: OFFICE,
    formatVersion: 1,
    deviceSeq: seq,
  };
}

describe('planPullPage', () => {
  it('ends at the highest rev whatever order and duplication the changes arrive in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 12 }),
        (revs) => {
          const state = emptyState();
          planPullPage(
            state,
            revs.map((rev) => upsert(rev, { notes: `v${rev}` })),
          );
          const max = Math.max(...revs);
          expect(state.revs.get(ID)?.rev).toBe(max);
          expect(state.rows.get(ID)).toMatchObject({ rev: max, notes: `v${max}` });
        },
      ),
    );
  });

  it('shows an unconfirmed local edit over the pulled copy and drops a confirmed one', () => {
    const state = emptyState(
      [op(1, 'a', 'mine, confirmed'), op(2, 'b', 'mine, on its way')],
      [{ opId: 'a', rev: 2 }],
    );
    const plan = planPullPage(state, [upsert(2, { notes: 'registry' })]);
    expect(plan.dropOps).toEqual(new Set([1]));
    expect(state.rows.get(ID)).toMatchObject({ notes: 'mine, on its way', syncState: 'pending' });
  });

  it('drops the local copy on a purge marker', () => {
    const state = emptyState();
    planPullPage(state, [upsert(1, { notes: 'x' })]);
    const purge = { ...upsert(2, {}), kind: 'purge' } as Change;
    const plan = planPullPage(state, [purge]);
    expect(state.rows.get(ID)).toBeNull();
    expect(plan.dropRevs.has(ID)).toBe(true);
  });
});

describe('backoffDelayMs', () => {
  it('stays within an exponential ceiling capped at one minute', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (n, r) => {
          const delay = backoffDelayMs(n, () => r);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(Math.min(60_000, 2_000 * 2 ** n));
        },
      ),
    );
  });
});
