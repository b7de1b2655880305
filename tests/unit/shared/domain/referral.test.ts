import { describe, expect, it } from 'vitest';
import {
  Referral,
  canTransition,
  isFinalStatus,
  referralStatuses,
  type ReferralInput,
} from '../../../../shared/domain';
import { at, counsellorId, envelope, issuesOf } from './fixtures';

const later = '2025-03-08T10:00:00.000Z';

const referral = (): ReferralInput => ({
  ...envelope('referral'),
  personId: '0190a6b4-7c1e-7a00-8000-000000000002',
  partnerId: '0190a6b4-7c1e-7a00-8000-0000000000e1',
  purpose: 'investment',
  status: 'acknowledged',
  statusHistory: [
    { status: 'sent', at, by: counsellorId },
    { status: 'acknowledged', at: later, by: counsellorId },
  ],
  legalBasis: 'consent',
  consentId: '0190a6b4-7c1e-7a00-8000-0000000000c2',
  sharedFields: ['names', 'phones', 'investmentInterests'],
});

describe('Referral', () => {
  it('accepts a referral with its status history and the fields shared', () => {
    expect(Referral.parse(referral()).sharedFields).toEqual([
      'names',
      'phones',
      'investmentInterests',
    ]);
  });

  it('keeps status and the last history entry in step', () => {
    expect(issuesOf(Referral, { ...referral(), status: 'completed' })).toEqual([
      ['status', 'status-history-mismatch'],
    ]);
  });

  it('refuses histories that skip the start or leave a final status', () => {
    const r = referral();
    const fromDeclined = [
      { status: 'sent', at, by: counsellorId },
      { status: 'declined', at, by: counsellorId },
      { status: 'in-progress', at: later, by: counsellorId },
    ] as const;
    expect(
      issuesOf(Referral, { ...r, status: 'in-progress', statusHistory: [...fromDeclined] }),
    ).toEqual([['statusHistory.2', 'invalid-transition']]);
    const notSent = [{ status: 'acknowledged', at, by: counsellorId }] as const;
    expect(issuesOf(Referral, { ...r, statusHistory: [...notSent] })).toEqual([
      ['statusHistory.0', 'invalid-transition'],
    ]);
    expect(issuesOf(Referral, { ...r, statusHistory: [] })).toEqual([['statusHistory', 'too-few']]);
  });

  it('needs the consent relied on when consent is the legal basis', () => {
    expect(issuesOf(Referral, { ...referral(), consentId: undefined })).toEqual([
      ['consentId', 'consent-required'],
    ]);
    expect(
      issuesOf(Referral, { ...referral(), consentId: undefined, legalBasis: 'public-task' }),
    ).toEqual([]);
  });

  it('only lists Person fields as shared, each once', () => {
    expect(
      issuesOf(Referral, { ...referral(), sharedFields: ['names', 'password', 'names'] }),
    ).toEqual([['sharedFields.1', 'invalid-value']]);
    expect(issuesOf(Referral, { ...referral(), sharedFields: ['names', 'names'] })).toEqual([
      ['sharedFields.1', 'duplicate'],
    ]);
  });
});

describe('referral transitions', () => {
  it('end in completed, declined or withdrawn', () => {
    expect(referralStatuses.filter(isFinalStatus)).toEqual(['completed', 'declined', 'withdrawn']);
    expect(canTransition('sent', 'acknowledged')).toBe(true);
    expect(canTransition('completed', 'in-progress')).toBe(false);
    expect(canTransition('sent', 'sent')).toBe(false);
  });
});
