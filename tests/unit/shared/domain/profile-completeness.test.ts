import { describe, expect, it } from 'vitest';
import { Person, profileCompleteness } from '../../../../shared/domain';
import { code, envelope, ethiopianInvestor, nigerienEngineer } from './fixtures';

describe('profileCompleteness', () => {
  it('counts a draft as contact-only', () => {
    const draft = Person.parse({
      ...envelope('person'),
      names: { latin: { given: 'Awa' } },
      residence: { country: code('iso-3166-1', 'SN') },
      phones: [{ number: '+221771234567', kind: 'whatsapp' }],
    });
    expect(profileCompleteness(draft)).toEqual({
      filled: 1,
      total: 7,
      missing: [
        'identity',
        'residence',
        'origin',
        'education-work',
        'skills-languages',
        'contribution',
      ],
    });
  });

  it('finds the full engineer profile complete', () => {
    expect(profileCompleteness(Person.parse(nigerienEngineer()))).toEqual({
      filled: 7,
      total: 7,
      missing: [],
    });
  });

  it('names the blocks the investor has not filled, in block order', () => {
    expect(profileCompleteness(Person.parse(ethiopianInvestor()))).toEqual({
      filled: 4,
      total: 7,
      missing: ['origin', 'education-work', 'skills-languages'],
    });
  });

  it('does not count availability without any mode as a contribution', () => {
    const p = Person.parse({ ...nigerienEngineer(), availability: { daysPerYear: 10 } });
    expect(profileCompleteness(p).missing).toEqual(['contribution']);
  });
});
