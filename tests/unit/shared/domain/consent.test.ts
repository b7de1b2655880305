import { describe, expect, it } from 'vitest';
import { Consent, activeConsentPurposes, isConsentActive } from '../../../../shared/domain';
import { at, issuesOf, registrationConsent } from './fixtures';

const personId = '0190a6b4-7c1e-7a00-8000-000000000001';

describe('Consent', () => {
  it('records purpose, notice version and language, method and who recorded it', () => {
    const consent = Consent.parse({ ...registrationConsent(personId), method: 'verbal-witnessed' });
    expect(consent.noticeLanguage.code).toBe('fra');
    expect(isConsentActive(consent)).toBe(true);
  });

  it('refuses unknown purposes and methods, and a missing notice version', () => {
    const base = registrationConsent(personId);
    expect(
      issuesOf(Consent, { ...base, purpose: 'marketing', method: 'ticked-box', noticeVersion: '' }),
    ).toEqual([
      ['purpose', 'invalid-value'],
      ['noticeVersion', 'required'],
      ['method', 'invalid-value'],
    ]);
  });

  it('is no longer active once withdrawn', () => {
    const given = Consent.parse(registrationConsent(personId));
    const share = Consent.parse({ ...registrationConsent(personId), purpose: 'share-partners' });
    const withdrawn = { ...share, withdrawnAt: at };
    expect(isConsentActive(withdrawn)).toBe(false);
    expect([...activeConsentPurposes(personId, [given, withdrawn])]).toEqual(['registration']);
  });
});
