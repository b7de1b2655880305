import { describe, expect, it } from 'vitest';
import { DomainRecord, Person, recordSchemas, recordTypes } from '../../../../shared/domain';
import { code, envelope, ethiopianInvestor, issuesOf, registrationConsent } from './fixtures';

describe('recordSchemas', () => {
  it('has one schema per record type', () => {
    expect(Object.keys(recordSchemas).sort()).toEqual([...recordTypes].sort());
  });

  it('tells records apart by type', () => {
    const person = DomainRecord.parse(ethiopianInvestor());
    expect(person.type).toBe('person');
    const consent = DomainRecord.parse(registrationConsent(person.id));
    expect(consent.type === 'consent' && consent.purpose).toBe('registration');
    const office = DomainRecord.parse({
      ...envelope('office'),
      name: 'Direction générale des Nigériens de l’extérieur',
      country: code('iso-3166-1', 'NE'),
      officeType: 'headquarters',
    });
    expect(office.type).toBe('office');
    const association = {
      ...envelope('organisation'),
      kind: 'diaspora-association',
      name: 'Association des Nigériens de Lyon',
      level: 'city',
      country: code('iso-3166-1', 'FR'),
    };
    expect(DomainRecord.parse(association).type).toBe('organisation');
    expect(issuesOf(DomainRecord, { ...association, level: 'village' })).toEqual([
      ['level', 'invalid-value'],
    ]);
    expect(issuesOf(DomainRecord, { ...envelope('invoice') })).toEqual([['type', 'invalid-value']]);
  });

  it('parses a record the same way through the union as through its own schema', () => {
    expect(DomainRecord.parse(ethiopianInvestor())).toEqual(Person.parse(ethiopianInvestor()));
  });
});
