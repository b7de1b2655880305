import { describe, expect, it } from 'vitest';
import {
  canPlacementTransition,
  fieldSensitivity,
  Placement,
  placementStatuses,
  placementTransitions,
  recordSchemas,
} from '../../../../shared/domain';
import { transitionPlacement } from '../../../../shared/matching';
import { scopeFactsOf } from '../../../../shared/sync/scope/scope-facts';
import { at, counsellorId, envelope, issuesOf } from '../domain/fixtures';

const missionRequestId = '0190a6b4-7c1e-7a00-8000-0000000000e3';
const personId = '0190a6b4-7c1e-7a00-8000-000000000001';
const step = (status: string) => ({ status, at, by: counsellorId });

const placement = (statuses: string[], extra: Record<string, unknown> = {}) => ({
  ...envelope('placement'),
  missionRequestId,
  personId,
  status: statuses.at(-1),
  statusHistory: statuses.map(step),
  ...extra,
});

describe('Placement', () => {
  it('records each decision from shortlist to outcome, with who and when', () => {
    const done = Placement.parse(
      placement(['shortlisted', 'contacted', 'selected', 'placed', 'completed'], {
        outcome: 'as-planned',
        suggestedScore: 0.82,
      }),
    );
    expect(done.statusHistory.map((s) => s.by)).toEqual(Array(5).fill(counsellorId));
  });

  it('refuses skipped steps, a final status left, a mismatched status and a missing outcome', () => {
    expect(issuesOf(Placement, placement(['shortlisted', 'placed']))).toEqual([
      ['statusHistory.1', 'invalid-transition'],
    ]);
    expect(issuesOf(Placement, placement(['shortlisted', 'removed', 'contacted']))).toEqual([
      ['statusHistory.2', 'invalid-transition'],
    ]);
    expect(issuesOf(Placement, { ...placement(['shortlisted']), status: 'contacted' })).toEqual([
      ['status', 'status-history-mismatch'],
    ]);
    const completed = ['shortlisted', 'contacted', 'selected', 'placed', 'completed'];
    expect(issuesOf(Placement, placement(completed))).toEqual([['outcome', 'required']]);
  });

  it('has no transition out of a final status and none back to the start', () => {
    for (const from of placementStatuses) {
      expect(canPlacementTransition(from, 'shortlisted')).toBe(false);
      if (['completed', 'declined', 'removed'].includes(from)) {
        expect(placementTransitions[from]).toEqual([]);
      }
    }
  });

  it('is a record type of its own, personal, seen only where the member is', () => {
    expect(recordSchemas.placement).toBe(Placement);
    expect(fieldSensitivity.placement['status']).toBe('personal');
    const facts = scopeFactsOf({
      recordType: 'placement',
      officeId: envelope('x').officeId,
      data: {},
    });
    expect(facts).toEqual({ visibility: 'creators', creators: [envelope('x').officeId] });
  });
});

describe('transitionPlacement', () => {
  const shortlisted = Placement.parse(placement(['shortlisted']));

  it('signs and dates each decision, and records the outcome with the last one', () => {
    const contacted = transitionPlacement(shortlisted, { to: 'contacted' }, at, counsellorId);
    expect(contacted?.statusHistory.at(-1)).toEqual({ status: 'contacted', at, by: counsellorId });
    const placed = ['selected', 'placed'].reduce(
      (p, to) => transitionPlacement(p!, { to: to as 'selected' | 'placed' }, at, counsellorId),
      contacted,
    );
    const done = transitionPlacement(
      placed!,
      { to: 'completed', outcome: 'ended-early', note: 'Back early' },
      at,
      counsellorId,
    );
    expect(Placement.parse({ ...shortlisted, ...done })).toMatchObject({
      status: 'completed',
      outcome: 'ended-early',
      outcomeNote: 'Back early',
    });
  });

  it('refuses a move the state machine does not allow', () => {
    expect(transitionPlacement(shortlisted, { to: 'placed' }, at, counsellorId)).toBeNull();
    expect(
      transitionPlacement(
        shortlisted,
        { to: 'completed', outcome: 'as-planned' },
        at,
        counsellorId,
      ),
    ).toBeNull();
  });
});
