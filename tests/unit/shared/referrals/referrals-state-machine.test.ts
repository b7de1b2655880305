import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canTransition,
  isFinalStatus,
  Referral,
  referralStatuses,
  type ReferralStatus,
} from '../../../../shared/domain';
import { sentProgress, transitionReferral } from '../../../../shared/referrals/transition-referral';
import { at, counsellorId, envelope } from '../domain/fixtures';

const status = fc.constantFrom(...referralStatuses);

describe('referral status machine', () => {
  it('records who moved a referral and when', () => {
    const moved = transitionReferral(sentProgress(at, counsellorId), 'acknowledged', at, 'b');
    expect(moved).toEqual({
      ok: true,
      value: {
        status: 'acknowledged',
        statusHistory: [
          { status: 'sent', at, by: counsellorId },
          { status: 'acknowledged', at, by: 'b' },
        ],
      },
    });
  });

  it('refuses to reopen a completed referral', () => {
    let progress = sentProgress(at, counsellorId);
    for (const to of ['in-progress', 'completed'] as const) {
      const moved = transitionReferral(progress, to, at, counsellorId);
      if (!moved.ok) throw new Error('expected a legal move');
      progress = moved.value;
    }
    expect(transitionReferral(progress, 'sent', at, counsellorId)).toEqual({
      ok: false,
      error: 'invalid-transition',
    });
  });

  it('never reaches an illegal transition, whatever is attempted', () => {
    fc.assert(
      fc.property(fc.array(status, { maxLength: 30 }), (attempts) => {
        let progress = sentProgress(at, counsellorId);
        for (const to of attempts) {
          const from = progress.status;
          const moved = transitionReferral(progress, to, at, counsellorId);
          expect(moved.ok).toBe(canTransition(from, to));
          if (moved.ok) progress = moved.value;
        }
        const history = progress.statusHistory.map((s) => s.status);
        expect(history[0]).toBe('sent');
        for (let i = 1; i < history.length; i += 1) {
          expect(canTransition(history[i - 1]!, history[i]!)).toBe(true);
        }
        expect(history.at(-1)).toBe(progress.status);
        // What the machine produces is what the domain schema accepts.
        const stored = Referral.safeParse({
          ...envelope('referral'),
          personId: counsellorId,
          partnerId: counsellorId,
          purpose: 'information',
          legalBasis: 'public-task',
          legalBasisReference: 'Decree 2021-12',
          sharedFields: ['names'],
          ...progress,
          statusHistory: [...progress.statusHistory],
        });
        expect(stored.success).toBe(true);
      }),
    );
  });

  it('keeps terminal states terminal', () => {
    fc.assert(
      fc.property(status, status, (from: ReferralStatus, to: ReferralStatus) => {
        if (isFinalStatus(from)) expect(canTransition(from, to)).toBe(false);
      }),
    );
    for (const final of ['completed', 'declined', 'withdrawn'] as const) {
      expect(isFinalStatus(final)).toBe(true);
    }
  });

  it('lets every open referral be withdrawn by the office', () => {
    for (const from of referralStatuses.filter((s) => !isFinalStatus(s))) {
      expect(canTransition(from, 'withdrawn')).toBe(true);
    }
  });
});
