import { describe, expect, it } from 'vitest';
import { Consent, Person, draftProblems, type PersonInput } from '../../../../shared/domain';
import { at, code, envelope, nigerienEngineer, registrationConsent } from './fixtures';

const minimal = (extra: Partial<PersonInput> = {}) =>
  Person.parse({
    ...envelope('person', '0190a6b4-7c1e-7a00-8000-0000000000d1'),
    names: { arabic: { given: 'خديجة' } },
    residence: { country: code('iso-3166-1', 'MA') },
    email: 'khadija@example.org',
    ...extra,
  });

describe('draftProblems', () => {
  it('lets a draft with one name, a country, one contact and registration consent be saved', () => {
    const person = minimal();
    const consent = Consent.parse(registrationConsent(person.id));
    expect(draftProblems(person, [consent])).toEqual([]);
  });

  it('accepts a phone instead of an e-mail', () => {
    const person = minimal({
      email: undefined,
      phones: [{ number: '+212612345678', kind: 'mobile' }],
    });
    expect(draftProblems(person, [Consent.parse(registrationConsent(person.id))])).toEqual([]);
  });

  it('lists everything missing from an empty record', () => {
    expect(draftProblems(Person.parse(envelope('person')), [])).toEqual([
      'name-required',
      'residence-country-required',
      'contact-required',
      'registration-consent-required',
    ]);
  });

  it('ignores consents that are withdrawn, for another purpose or for another person', () => {
    const person = minimal();
    const own = registrationConsent(person.id);
    const consents = [
      Consent.parse({ ...own, withdrawnAt: at }),
      Consent.parse({ ...own, purpose: 'anonymous-statistics' }),
      Consent.parse(registrationConsent(Person.parse(nigerienEngineer()).id)),
    ];
    expect(draftProblems(person, consents)).toEqual(['registration-consent-required']);
  });
});
