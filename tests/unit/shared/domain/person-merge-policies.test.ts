import { describe, expect, it } from 'vitest';
import {
  personBlockFields,
  personFields,
  personMergePolicies,
  personUnionKeys,
} from '../../../../shared/domain';

describe('personMergePolicies', () => {
  it('has a policy for every Person field', () => {
    expect(Object.keys(personMergePolicies).sort()).toEqual([...personFields].sort());
  });

  it('leaves identifying and legal fields to a person, merges tags and languages as sets', () => {
    for (const field of [
      'names',
      'dateOfBirth',
      'documents',
      'citizenships',
      'residence',
    ] as const) {
      expect(personMergePolicies[field]).toBe('human');
    }
    expect(personMergePolicies.skills).toBe('union');
    expect(personMergePolicies.languages).toBe('union');
    expect(personMergePolicies.notes).toBe('lww');
  });

  it('keys union elements so one language is one element', () => {
    const fra = { list: 'iso-639-3', version: '2024', code: 'fra' } as const;
    expect(personUnionKeys.languages({ language: fra, proficiency: 'basic' })).toBe(
      personUnionKeys.languages({ language: fra, proficiency: 'fluent' }),
    );
  });
});

describe('personBlockFields', () => {
  it('puts each Person field in at most one block', () => {
    const inBlocks = Object.values(personBlockFields).flat();
    expect(new Set(inBlocks).size).toBe(inBlocks.length);
    const outside = personFields.filter((f) => !inBlocks.includes(f));
    expect(outside.sort()).toEqual(['notes', 'processingRestricted']);
  });
});
