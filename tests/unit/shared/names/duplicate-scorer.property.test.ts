import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commonNameWeight,
  duplicateScore,
  duplicateScorer,
  rememberedNameWork,
  type PersonLike,
} from '../../../../shared/names';

const given = ['Mohamed', 'Muhammad', 'محمد', 'Awa', 'Ousmane', 'Oumar', 'Aminata', 'Aminta', ''];
const family = ['Diallo', 'Dialo', 'Ba', 'ولد عبد الله', 'Ould Abdallahi', 'Sow', 'Abdoulaye'];

const partsArb = fc.record(
  {
    given: fc.constantFrom(...given),
    other: fc.constantFrom('Ould', 'Mamadou'),
    family: fc.constantFrom(...family),
  },
  { requiredKeys: [] },
);

const personArb: fc.Arbitrary<PersonLike> = fc.record(
  {
    names: fc.record(
      { latin: partsArb, arabic: partsArb, passport: partsArb },
      { requiredKeys: [] },
    ),
    dateOfBirth: fc.record({ year: fc.constantFrom(1979, 1980, 1981, 1982) }),
    phones: fc.array(fc.record({ number: fc.constantFrom('+33612345678', '+221771234567') }), {
      maxLength: 2,
    }),
    email: fc.constantFrom('awa@example.org', ' AWA@example.org'),
    documents: fc.array(
      fc.record(
        {
          number: fc.constantFrom('AB 123', 'ab-123', 'CD9'),
          issuingCountry: fc.record({ code: fc.constantFrom('SN', 'FR') }),
        },
        { requiredKeys: ['number'] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);

describe('duplicateScorer', () => {
  const work = rememberedNameWork(7);

  it('scores every other person exactly as duplicateScore does, with or without a token weight', () => {
    fc.assert(
      fc.property(
        personArb,
        fc.array(personArb, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        (person, others, weighted, remembered) => {
          const counts = new Map([
            ['mhmd', 40],
            ['dl', 25],
            ['b', 3],
          ]);
          const options = weighted ? { tokenWeight: commonNameWeight(counts, 100) } : {};
          // Tokens and skeletons kept across checks (a tiny limit: forgotten often) or per check.
          const scorer = duplicateScorer(person, remembered ? { ...options, work } : options);
          // Each twice: the second answer comes from what the first one kept.
          for (const other of [...others, ...others]) {
            expect(scorer.score(other)).toEqual(duplicateScore(person, other, options));
            const byName = { names: other.names, dateOfBirth: other.dateOfBirth };
            const expected = duplicateScore(person, byName, options);
            expect(scorer.byName(other.names, other.dateOfBirth?.year)).toEqual(
              expected.reasons.length > 0 ? expected : undefined,
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
