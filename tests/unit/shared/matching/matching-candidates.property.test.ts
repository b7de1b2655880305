import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidateKeys,
  isCandidate,
  rankNeed,
  type MatchProfile,
} from '../../../../shared/matching';
import { doctorNeed } from './matching-fixtures';

const codes = ['2211', '2212', '22', '2', '2261', '2142', '21', '5120', '9112'];
const skills = ['surgery', 'trauma care', 'anaesthesia', 'solar pv'];

const profile: fc.Arbitrary<MatchProfile> = fc.record({
  id: fc.uuid(),
  occupations: fc.array(fc.record({ code: fc.constantFrom(...codes), years: fc.nat(30) }), {
    maxLength: 3,
  }),
  skills: fc.uniqueArray(fc.constantFrom(...skills), { maxLength: 3 }),
  languages: fc.constant([]),
  modes: fc.constant(['on-site' as const]),
  durations: fc.constant([]),
  sectors: fc.constant([]),
  contactConsent: fc.boolean(),
  restricted: fc.boolean(),
});

describe('candidate keys for a need', () => {
  it('ranking only the members the keys find gives the same result as ranking everyone', () => {
    const wanted = fc.record({
      occupation: fc.constantFrom('2211', '22', '2', '5120'),
      skills: fc.subarray(['Surgery', 'trauma care', 'solar pv'], { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(profile, { selector: (p) => p.id, maxLength: 40 }),
        wanted,
        (ps, w) => {
          const need = doctorNeed({
            occupation: { list: 'isco-08', version: '2008', code: w.occupation },
            skills: w.skills,
          });
          const keys = candidateKeys(need);
          const found = ps.filter((p) => isCandidate(keys, p));
          expect(rankNeed(need, found, 100)).toEqual(rankNeed(need, ps, 100));
        },
      ),
    );
  });

  it('counts a left-out member exactly when they would have been ranked with consent', () => {
    fc.assert(
      fc.property(fc.uniqueArray(profile, { selector: (p) => p.id, maxLength: 40 }), (ps) => {
        const need = doctorNeed();
        const wouldFit = (p: MatchProfile) =>
          rankNeed(need, [{ ...p, restricted: false, contactConsent: true }]).eligible === 1;
        const { excluded } = rankNeed(need, ps);
        expect(excluded.restricted).toBe(ps.filter((p) => p.restricted && wouldFit(p)).length);
        expect(excluded.noContactConsent).toBe(
          ps.filter((p) => !p.restricted && !p.contactConsent && wouldFit(p)).length,
        );
      }),
    );
  });
});
