import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availabilityModes, missionDurations, proficiencies } from '../../../../shared/domain';
import { rankMembers, rankNeed, type MatchProfile } from '../../../../shared/matching';
import { doctorNeed } from './matching-fixtures';

const skills = ['surgery', 'trauma care', 'anaesthesia', 'hydraulique', 'solar pv'];
const occupations = ['2211', '2212', '2261', '2142', '2', '22', '5120', '9112'];

const profile: fc.Arbitrary<MatchProfile> = fc.record({
  id: fc.uuid(),
  occupations: fc
    .array(
      fc.record(
        { code: fc.constantFrom(...occupations), years: fc.option(fc.nat(40), { nil: undefined }) },
        { requiredKeys: ['code'] },
      ),
      { maxLength: 3 },
    )
    .map((list) => list.map((o) => (o.years === undefined ? { code: o.code } : o))),
  skills: fc.uniqueArray(fc.constantFrom(...skills), { maxLength: 4 }),
  languages: fc.uniqueArray(
    fc.record({
      code: fc.constantFrom('fra', 'hau', 'eng'),
      proficiency: fc.constantFrom(...proficiencies),
    }),
    { selector: (l) => l.code, maxLength: 3 },
  ),
  modes: fc.uniqueArray(fc.constantFrom(...availabilityModes), { maxLength: 4 }),
  durations: fc.uniqueArray(fc.constantFrom(...missionDurations), { maxLength: 3 }),
  sectors: fc.uniqueArray(fc.constantFrom('86', 'Q', '87', '42', 'F'), { maxLength: 3 }),
  originRegion: fc.constantFrom('NE-5', 'NE-3', 'ML-1'),
  contactConsent: fc.boolean(),
  restricted: fc.boolean(),
});

const profiles = fc.uniqueArray(profile, { selector: (p) => p.id, maxLength: 30 });
const scoreOf = (p: MatchProfile) => rankMembers(doctorNeed(), [p])[0]?.score ?? -1;

describe('rankMembers properties', () => {
  it('never lists a member without contact consent or with a restriction', () => {
    fc.assert(
      fc.property(profiles, (ps) => {
        const excluded = new Set(
          ps.filter((p) => p.restricted || !p.contactConsent).map((p) => p.id),
        );
        expect(rankMembers(doctorNeed(), ps, 100).some((m) => excluded.has(m.id))).toBe(false);
      }),
    );
  });

  it('never lowers a score when a member gains one of the wanted skills', () => {
    const open = profile.map((p) => ({ ...p, contactConsent: true, restricted: false }));
    fc.assert(
      fc.property(open, fc.constantFrom('surgery', 'trauma care'), (p, skill) => {
        const more = { ...p, skills: [...new Set([...p.skills, skill])] };
        expect(scoreOf(more)).toBeGreaterThanOrEqual(scoreOf(p));
        expect(scoreOf(more)).toBeGreaterThan(-1);
      }),
    );
  });

  it('gives the same order whatever the input order, best first with ties by id', () => {
    const withShuffle = profiles.chain((ps) =>
      fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length })),
    );
    fc.assert(
      fc.property(withShuffle, ([ps, shuffled]) => {
        const ranked = rankMembers(doctorNeed(), ps, 100);
        expect(rankMembers(doctorNeed(), shuffled, 100)).toEqual(ranked);
        ranked.slice(1).forEach((b, i) => {
          const a = ranked[i];
          expect(
            a !== undefined && (a.score > b.score || (a.score === b.score && a.id < b.id)),
          ).toBe(true);
        });
      }),
    );
  });

  it('explains exactly the score it ranks by, within 0..1', () => {
    fc.assert(
      fc.property(profiles, (ps) => {
        for (const m of rankMembers(doctorNeed(), ps, 100)) {
          const points = m.reasons.reduce((sum, r) => sum + r.points, 0);
          const max = m.reasons.reduce((sum, r) => sum + r.maxPoints, 0);
          expect(points / max).toBeCloseTo(m.score, 9);
          expect(m.score).toBeGreaterThan(0);
          expect(m.score).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('keeps the top of a longer list when the limit is smaller', () => {
    fc.assert(
      fc.property(profiles, fc.integer({ min: 0, max: 10 }), (ps, limit) => {
        const all = rankNeed(doctorNeed(), ps, 100);
        const some = rankNeed(doctorNeed(), ps, limit);
        expect(some.matches).toEqual(all.matches.slice(0, limit));
        expect(some.eligible).toBe(all.eligible);
        expect(some.excluded).toEqual(all.excluded);
      }),
    );
  });
});
