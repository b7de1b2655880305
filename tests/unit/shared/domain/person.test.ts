import { describe, expect, it } from 'vitest';
import { Person, type PersonInput } from '../../../../shared/domain';
import { code, envelope, ethiopianInvestor, issuesOf, nigerienEngineer } from './fixtures';

describe('Person', () => {
  it('accepts a Nigerien engineer in France with Latin, Arabic and passport names', () => {
    const person = Person.parse(nigerienEngineer());
    expect(person.names.arabic).toEqual({ given: 'عبد الله', family: 'مايغا', other: 'هارونا' });
    expect(person.citizenships.map((c) => c.status)).toEqual(['of-origin', 'acquired']);
    expect(person.processingRestricted).toBe(false);
  });

  it('accepts an Ethiopian investor in the US with Ethiopic names and a year of birth', () => {
    const person = Person.parse(ethiopianInvestor());
    expect(person.names.ethiopic?.given).toBe('ሰላማዊት');
    expect(person.dateOfBirth).toEqual({ year: 1979 });
    expect(person.investmentInterests[0]?.currency?.code).toBe('USD');
    expect(person.education).toEqual([]);
  });

  it('accepts a bare record and fills list fields with empty lists', () => {
    const person = Person.parse(envelope('person'));
    expect(person.phones).toEqual([]);
    expect(person.names).toEqual({});
  });

  it('trims and NFC-normalises names, and drops unknown fields', () => {
    const decomposed = 'Mai\u0308ga'; // i + combining diaeresis
    const person = Person.parse({
      ...envelope('person'),
      names: { latin: { family: `  ${decomposed} ` } },
      favouriteColour: 'blue',
    });
    expect(person.names.latin?.family).toBe('Maïga');
    expect(person).not.toHaveProperty('favouriteColour');
  });

  it('refuses names written in the wrong script', () => {
    const mixed: PersonInput = {
      ...envelope('person'),
      names: {
        arabic: { given: 'Abdoulaye' },
        ethiopic: { given: 'Selam' },
        latin: { given: 'عبد الله' },
        passport: { given: 'Abdoulaye2' },
      },
    };
    expect(issuesOf(Person, mixed).sort()).toEqual([
      ['names.arabic.given', 'wrong-script'],
      ['names.ethiopic.given', 'wrong-script'],
      ['names.latin.given', 'wrong-script'],
      ['names.passport.given', 'wrong-script'],
    ]);
  });

  it('needs at least one part in a script it names', () => {
    expect(issuesOf(Person, { ...envelope('person'), names: { latin: {} } })).toEqual([
      ['names.latin', 'name-part-required'],
    ]);
    expect(issuesOf(Person, { ...envelope('person'), names: { latin: { given: '  ' } } })).toEqual([
      ['names.latin.given', 'required'],
    ]);
  });

  it('reports realistic mistakes with stable codes at their paths', () => {
    const p = nigerienEngineer();
    const bad = {
      ...p,
      id: '6f1c1c52-4a7e-4c1e-9a3b-1b2c3d4e5f60', // a v4 id, not v7
      dateOfBirth: { year: 2023, month: 2, day: 30 },
      phones: [{ number: '06 12 34 56 78', kind: 'mobile' }],
      email: 'a.maiga@',
      residence: { country: code('iso-3166-1', 'FR'), subdivision: code('iso-3166-2', 'US-VA') },
      emigrationYear: 1850,
      citizenships: [
        { country: code('iso-3166-1', 'NE'), status: 'of-origin' },
        { country: code('iso-3166-1', 'NE'), status: 'acquired' },
      ],
      skills: ['Hydraulique', 'hydraulique '],
    };
    expect(issuesOf(Person, bad).sort()).toEqual([
      ['citizenships.1', 'duplicate'],
      ['dateOfBirth.day', 'invalid-date'],
      ['email', 'invalid-email'],
      ['emigrationYear', 'too-small'],
      ['id', 'invalid-uuid'],
      ['phones.0.number', 'invalid-e164'],
      ['residence.subdivision', 'subdivision-mismatch'],
      ['skills.1', 'duplicate'],
    ]);
  });

  it('keeps the envelope strict: type, rev and timestamps', () => {
    const p = nigerienEngineer();
    expect(issuesOf(Person, { ...p, type: 'consent' })).toEqual([['type', 'invalid-value']]);
    expect(issuesOf(Person, { ...p, rev: -1 })).toEqual([['rev', 'too-small']]);
    expect(issuesOf(Person, { ...p, rev: 1.5 })).toEqual([['rev', 'not-integer']]);
    expect(issuesOf(Person, { ...p, updatedAt: '2025-03-01 09:30' })).toEqual([
      ['updatedAt', 'invalid-timestamp'],
    ]);
    expect(issuesOf(Person, { ...p, officeId: undefined })).toEqual([['officeId', 'required']]);
  });

  it('validates the high-risk blocks: documents, emergency contact, origin', () => {
    const p = nigerienEngineer();
    expect(
      issuesOf(Person, {
        ...p,
        documents: [
          {
            type: 'passport',
            number: '17PC04521',
            issuingCountry: code('iso-3166-1', 'NE'),
            expiry: '2029-02-30',
          },
        ],
        emergencyContact: { name: 'Mariama Maïga', relationship: 'spouse' },
        origin: {
          region: code('iso-3166-2', 'NE-5'),
          adminArea: code('national-admin-area', 'ML-3-01'),
        },
      }).sort(),
    ).toEqual([
      ['documents.0.expiry', 'invalid-date'],
      ['emergencyContact', 'contact-required'],
      ['origin.adminArea', 'subdivision-mismatch'],
    ]);
  });

  it('needs a currency with an amount band', () => {
    const p = ethiopianInvestor();
    const interests = [{ type: 'housing', amountBand: '10k-50k' }];
    expect(issuesOf(Person, { ...p, investmentInterests: interests })).toEqual([
      ['investmentInterests.0.currency', 'currency-required'],
    ]);
  });
});
