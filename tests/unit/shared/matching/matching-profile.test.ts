import { describe, expect, it } from 'vitest';
import { Consent, Person } from '../../../../shared/domain';
import { matchProfileOf, normaliseSkill } from '../../../../shared/matching';
import { at, nigerienEngineer, registrationConsent } from '../domain/fixtures';

const engineer = () => Person.parse(nigerienEngineer());
const consent = (personId: string, purpose: string, withdrawnAt?: string) =>
  Consent.parse({ ...registrationConsent(personId), purpose, withdrawnAt });

describe('matchProfileOf', () => {
  it('keeps codes, years, folded skills, languages and availability, and no names', () => {
    const person = engineer();
    const profile = matchProfileOf(person, [consent(person.id, 'contact-opportunities')]);
    expect(profile).toEqual({
      id: person.id,
      occupations: [{ code: '2142', years: 14 }],
      skills: ['hydraulique', 'solar pv'],
      languages: [
        { code: 'hau', proficiency: 'native' },
        { code: 'fra', proficiency: 'fluent' },
        { code: 'ara', proficiency: 'intermediate' },
      ],
      modes: ['on-site', 'distance-teaching'],
      durations: ['2-weeks-to-3-months'],
      remuneration: 'volunteer',
      residenceCountry: 'FR',
      originRegion: 'NE-5',
      sectors: ['4210', 'F'],
      contactConsent: true,
      restricted: false,
    });
    expect(JSON.stringify(profile)).not.toMatch(/Abdoulaye|Maiga|Maïga|@|\+33/);
  });

  it('needs an active contact-opportunities consent of this very person', () => {
    const person = engineer();
    const other = '0190a6b4-7c1e-7a00-8000-0000000000ff';
    expect(matchProfileOf(person, []).contactConsent).toBe(false);
    expect(matchProfileOf(person, [consent(person.id, 'registration')]).contactConsent).toBe(false);
    expect(matchProfileOf(person, [consent(other, 'contact-opportunities')]).contactConsent).toBe(
      false,
    );
    const withdrawn = consent(person.id, 'contact-opportunities', at);
    expect(matchProfileOf(person, [withdrawn]).contactConsent).toBe(false);
  });

  it('carries the restriction of processing', () => {
    const person = Person.parse({ ...nigerienEngineer(), processingRestricted: true });
    expect(matchProfileOf(person, []).restricted).toBe(true);
  });

  it('reads skills spelt differently as one skill', () => {
    expect(normaliseSkill('Solar-PV')).toBe(normaliseSkill('solar pv'));
    expect(normaliseSkill('Génie_Civil')).toBe('genie civil');
  });
});
