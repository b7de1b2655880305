import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Person } from '../../../../shared/domain';
import { personArbitrary } from './person-arbitrary';

describe('Person (property)', () => {
  it('parses any generated valid Person unchanged', () => {
    fc.assert(
      fc.property(personArbitrary, (input) => {
        const result = Person.safeParse(input);
        expect(result.error?.issues ?? []).toEqual([]);
        expect(result.data).toEqual(input);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any valid Person through JSON and parse unchanged', () => {
    fc.assert(
      fc.property(personArbitrary, (input) => {
        const parsed = Person.parse(input);
        const again = Person.parse(JSON.parse(JSON.stringify(parsed)));
        expect(again).toStrictEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });
});
