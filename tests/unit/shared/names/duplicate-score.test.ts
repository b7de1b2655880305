import { describe, expect, it } from 'vitest';
import type { PersonInput } from '../../../../shared/domain/person';
import {
  duplicateScore,
  personNameKeys,
  personNameTokens,
  type PersonLike,
} from '../../../../shared/names';

const latin: PersonLike = {
  names: { latin: { given: 'Mohamed', family: 'Ould Abdallahi' } },
  dateOfBirth: { year: 1984 },
};
const passport: PersonLike = {
  names: { passport: { given: 'Muhammad', family: 'wuld Abd Allah' } },
  dateOfBirth: { year: 1985 },
};
const arabic: PersonLike = {
  names: { arabic: { given: 'محمد', family: 'ولد عبد الله' } },
  dateOfBirth: { year: 1984, month: 3 },
};

describe('personNameKeys', () => {
  it('gives the three DOMAIN.md spellings a shared blocking key', () => {
    const keys = [latin, passport, arabic].map((p) => new Set(personNameKeys(p.names ?? {})));
    const shared = [...(keys[0] ?? [])].filter((key) => keys.every((set) => set.has(key)));
    expect(shared).toContain('bdl mhmd');
  });

  it('meets when given and family names are swapped', () => {
    const a = personNameKeys({ latin: { given: 'Ousmane', family: 'Diallo' } });
    const b = personNameKeys({ latin: { given: 'Diallo', family: 'Ousmane' } });
    expect(a.some((key) => b.includes(key))).toBe(true);
  });

  it('collects every script into the tokens, without duplicates', () => {
    const tokens = personNameTokens({
      latin: { given: 'Mohamed', family: 'Sow' },
      passport: { given: 'Mohamed', family: 'Sow' },
      arabic: { given: 'محمد' },
    });
    expect(tokens).toEqual(['mohamed', 'sow', 'mhmd']);
  });
});

describe('duplicateScore', () => {
  it('flags the same name key with birth years a year apart', () => {
    const result = duplicateScore(latin, passport);
    expect(result.reasons).toEqual(['same-name-birth-year']);
    expect(result.score).toBeGreaterThanOrEqual(0.75);
    expect(duplicateScore(latin, arabic).reasons).toEqual(['same-name-birth-year']);
  });

  it('does not flag the same name when birth years are more than a year apart', () => {
    const older = { ...passport, dateOfBirth: { year: 1970 } };
    expect(duplicateScore(latin, older)).toEqual({ score: 0, reasons: [] });
  });

  it('reports a similar name when a birth year is unknown', () => {
    const noYear = { names: passport.names } satisfies PersonLike;
    expect(duplicateScore(latin, noYear).reasons).toEqual(['similar-name']);
  });

  it('does not report Ousmane Diallo for Oumar Diallo', () => {
    const ousmane = {
      names: { latin: { given: 'Ousmane', family: 'Diallo' } },
      dateOfBirth: { year: 1990 },
    };
    const oumar = {
      names: { latin: { given: 'Oumar', family: 'Diallo' } },
      dateOfBirth: { year: 1990 },
    };
    expect(duplicateScore(ousmane, oumar)).toEqual({ score: 0, reasons: [] });
  });

  it('flags an exact phone, e-mail or document whatever the names', () => {
    const a: Partial<PersonInput> = {
      names: { latin: { given: 'Awa', family: 'Ndiaye' } },
      phones: [{ number: '+221771234567', kind: 'mobile' }],
      email: 'Awa.Ndiaye@example.org',
      documents: [
        {
          type: 'passport',
          number: 'A 123-456',
          issuingCountry: { list: 'iso-3166-1', version: '2024', code: 'SN' },
        },
      ],
    };
    const b: PersonLike = {
      names: { latin: { given: 'Aminata', family: 'Fall' } },
      phones: [{ number: '+221771234567' }],
      email: 'awa.ndiaye@example.org ',
      documents: [{ number: 'a123456', issuingCountry: { code: 'SN' } }],
    };
    const result = duplicateScore(a, b);
    expect(result.reasons).toEqual(['same-document', 'same-phone', 'same-email']);
    expect(result.score).toBeGreaterThan(0.99);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('does not match a document number issued by another country', () => {
    const a: PersonLike = { documents: [{ number: 'A123456', issuingCountry: { code: 'SN' } }] };
    const b: PersonLike = { documents: [{ number: 'A123456', issuingCountry: { code: 'ML' } }] };
    expect(duplicateScore(a, b).reasons).toEqual([]);
  });
});
