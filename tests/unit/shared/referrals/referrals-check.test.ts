import { describe, expect, it } from 'vitest';
import {
  Consent,
  Organisation,
  type ConsentInput,
  type OrganisationInput,
} from '../../../../shared/domain';
import { agreementStatus } from '../../../../shared/referrals/agreement-status';
import { checkReferral } from '../../../../shared/referrals/check-referral';
import { at, code, counsellorId, envelope } from '../domain/fixtures';

const personId = '0190a6b4-7c1e-7a00-8000-000000000002';
const today = '2025-06-01';

function partner(expiry?: string): Organisation {
  const input: OrganisationInput = {
    ...envelope('organisation'),
    kind: 'partner',
    name: 'Agence de promotion des investissements',
    country: code('iso-3166-1', 'NE'),
    institutionType: 'investment-promotion-agency',
    ...(expiry === undefined
      ? {}
      : {
          dataSharingAgreement: {
            reference: 'APS-2024-07',
            expiry,
            recipientCountry: code('iso-3166-1', 'NE'),
            transferBasis: 'domestic',
          },
        }),
  };
  return Organisation.parse(input);
}

function sharing(withdrawnAt?: string): Consent {
  const input: ConsentInput = {
    ...envelope('consent'),
    personId,
    purpose: 'share-partners',
    noticeVersion: '2025-01',
    noticeLanguage: code('iso-639-3', 'fra'),
    method: 'paper-signed',
    givenAt: at,
    recordedBy: counsellorId,
    ...(withdrawnAt ? { withdrawnAt } : {}),
  };
  return Consent.parse(input);
}

const base = { person: { id: personId }, legalBasis: 'consent' as const, today };

describe('checkReferral', () => {
  it('allows a referral on an active sharing consent and names that consent', () => {
    const consent = sharing();
    const check = checkReferral({ ...base, consents: [consent], partner: partner('2026-01-01') });
    expect(check).toEqual({ ok: true, consentId: consent.id });
  });

  it('blocks a member who withdrew sharing consent', () => {
    const check = checkReferral({
      ...base,
      consents: [sharing('2025-04-01T08:00:00.000Z')],
      partner: partner('2026-01-01'),
    });
    expect(check).toEqual({ ok: false, blocks: ['consent-withdrawn'] });
  });

  it('blocks a member who never consented, and ignores other people’s consents', () => {
    const someoneElse = { ...sharing(), personId: counsellorId };
    const check = checkReferral({
      ...base,
      consents: [someoneElse],
      partner: partner('2026-01-01'),
    });
    expect(check).toEqual({ ok: false, blocks: ['no-share-consent'] });
  });

  it('accepts another legal basis only with its reference', () => {
    const input = { ...base, consents: [], partner: partner('2026-01-01') };
    expect(checkReferral({ ...input, legalBasis: 'public-task' })).toEqual({
      ok: false,
      blocks: ['basis-reference-missing'],
    });
    expect(
      checkReferral({ ...input, legalBasis: 'public-task', legalBasisReference: 'Decree 2021-12' }),
    ).toEqual({ ok: true });
  });

  it('blocks when the agreement is missing or expired, and allows its last day', () => {
    const consents = [sharing()];
    expect(checkReferral({ ...base, consents, partner: partner() })).toEqual({
      ok: false,
      blocks: ['agreement-missing'],
    });
    expect(checkReferral({ ...base, consents, partner: partner('2025-05-31') })).toEqual({
      ok: false,
      blocks: ['agreement-expired'],
    });
    expect(checkReferral({ ...base, consents, partner: partner(today) }).ok).toBe(true);
  });

  it('reports every block at once, a processing restriction first', () => {
    const check = checkReferral({
      ...base,
      person: { id: personId, processingRestricted: true },
      consents: [],
      partner: partner('2024-12-31'),
    });
    expect(check).toEqual({
      ok: false,
      blocks: ['processing-restricted', 'no-share-consent', 'agreement-expired'],
    });
  });
});

describe('agreementStatus', () => {
  it('warns before expiry and expires the day after the expiry date', () => {
    expect(agreementStatus(undefined, today)).toBe('missing');
    expect(agreementStatus({ expiry: '2025-05-31' }, today)).toBe('expired');
    expect(agreementStatus({ expiry: '2025-06-01' }, today)).toBe('expiring');
    expect(agreementStatus({ expiry: '2025-07-31' }, today)).toBe('expiring');
    expect(agreementStatus({ expiry: '2025-08-01' }, today)).toBe('valid');
  });
});
