import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inScope } from '../../../shared/sync/scope/in-scope';
import type { OfficeScope, ScopeFacts } from '../../../shared/sync/scope/scope';
import { changeScopeKeys, officeScopeKeys, scopeKeysOf } from './scope-keys';

const offices = ['o1', 'o2', 'o3'];
const countries = ['FR', 'CA', 'SN'];
const regions = ['NE-8', 'NE-1', 'NE-8-01', 'NE-8-01-7', 'SN-DK', 'SN-DK-2'];

const factsArb: fc.Arbitrary<ScopeFacts> = fc.oneof(
  fc.constant({ visibility: 'everyone' as const }),
  fc.record({
    visibility: fc.constant('creators' as const),
    creators: fc.uniqueArray(fc.constantFrom(...offices), { minLength: 1 }),
  }),
  fc.record({
    visibility: fc.constant('person' as const),
    creators: fc.uniqueArray(fc.constantFrom(...offices), { minLength: 1 }),
    residenceCountry: fc.option(fc.constantFrom(...countries), { nil: null }),
    regions: fc.array(fc.constantFrom(...regions), { maxLength: 3 }),
  }),
);

const officeArb: fc.Arbitrary<OfficeScope> = fc.record({
  officeId: fc.constantFrom(...offices),
  scope: fc.oneof(
    fc.constant({ kind: 'national' as const }),
    fc.record({
      kind: fc.constant('residence' as const),
      countries: fc.uniqueArray(fc.constantFrom(...countries), { minLength: 1 }),
    }),
    fc.record({
      kind: fc.constant('regions' as const),
      regions: fc.uniqueArray(fc.constantFrom('NE-8', 'NE-8-01', 'SN-DK', 'NE-1'), {
        minLength: 1,
      }),
    }),
  ),
});

const meets = (a: readonly string[], b: readonly string[]) => a.some((key) => b.includes(key));

describe('scope keys', () => {
  it('meet exactly when the office sees the record (inScope)', () => {
    fc.assert(
      fc.property(officeArb, factsArb, (office, facts) => {
        expect(meets(officeScopeKeys(office), scopeKeysOf(facts))).toBe(inScope(office, facts));
      }),
      { numRuns: 2000 },
    );
  });

  it('file a change under its facts before and after, so an office losing it finds it', () => {
    fc.assert(
      fc.property(officeArb, factsArb, factsArb, (office, before, after) => {
        const found = meets(officeScopeKeys(office), changeScopeKeys(before, after));
        expect(found).toBe(inScope(office, before) || inScope(office, after));
      }),
      { numRuns: 2000 },
    );
  });

  it('file a region under each region above it', () => {
    const facts: ScopeFacts = {
      visibility: 'person',
      creators: ['o1'],
      residenceCountry: 'FR',
      regions: ['NE-8-01'],
    };
    expect(scopeKeysOf(facts)).toEqual(['p', 'o:o1', 'c:FR', 'g:NE-8-01', 'g:NE-8', 'g:NE']);
  });
});
