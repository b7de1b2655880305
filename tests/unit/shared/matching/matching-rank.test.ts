import { describe, expect, it } from 'vitest';
import { rankMembers, rankNeed, type MatchReason } from '../../../../shared/matching';
import { bareProfile, doctorNeed, fullMatch } from './matching-fixtures';

const id = (n: number) => `0190a6b4-7c1e-7a00-8000-${String(n).padStart(12, '0')}`;
const reason = (reasons: readonly MatchReason[], criterion: MatchReason['criterion']) =>
  reasons.find((r) => r.criterion === criterion);

describe('rankMembers', () => {
  it('gives a member who fits on every criterion the full score, with a reason for each', () => {
    const [match] = rankMembers(doctorNeed(), [fullMatch(id(1))]);
    expect(match?.score).toBeCloseTo(1, 10);
    expect(match?.reasons.map((r) => r.criterion)).toEqual([
      'occupation',
      'skills',
      'languages',
      'availability',
      'region',
      'sector',
      'experience',
    ]);
    expect(match?.reasons.every((r) => r.points === r.maxPoints)).toBe(true);
  });

  it('ranks the exact unit group above the same minor, sub-major and major group', () => {
    const profiles = [
      bareProfile(id(1), '2212'), // same minor group 221
      bareProfile(id(2), '2211'),
      bareProfile(id(3), '2261'), // same sub-major group 22
    ];
    const ranked = rankMembers(doctorNeed(), profiles);
    expect(ranked.map((m) => m.id)).toEqual([id(2), id(1), id(3)]);
    expect(ranked.map((m) => reason(m.reasons, 'occupation'))).toMatchObject([
      { level: 'exact', code: '2211' },
      { level: 'minor', code: '2212' },
      { level: 'sub-major', code: '2261' },
    ]);
  });

  it('leaves out members who share neither a close occupation nor a wanted skill', () => {
    const unrelated = bareProfile(id(1), '2512');
    const sameMajorOnly = bareProfile(id(2), '2142');
    const skilled = { ...bareProfile(id(3), '9112'), skills: ['surgery'] };
    const result = rankNeed(doctorNeed(), [unrelated, sameMajorOnly, skilled]);
    expect(result.matches.map((m) => m.id)).toEqual([id(3)]);
    expect(result.eligible).toBe(1);
    expect(reason(result.matches[0]?.reasons ?? [], 'skills')).toMatchObject({
      matched: ['surgery'],
      wanted: 2,
    });
  });

  it('excludes members without contact consent or with a restriction, and counts them', () => {
    const restrictedToo = { ...fullMatch(id(1)), restricted: true, contactConsent: false };
    const noConsent = { ...fullMatch(id(2)), contactConsent: false };
    const restricted = { ...fullMatch(id(3)), restricted: true };
    const unrelatedNoConsent = { ...bareProfile(id(4), '5120'), contactConsent: false };
    const ok = bareProfile(id(5));
    const result = rankNeed(doctorNeed(), [
      restrictedToo,
      noConsent,
      restricted,
      unrelatedNoConsent,
      ok,
    ]);
    expect(result.matches.map((m) => m.id)).toEqual([id(5)]);
    expect(result.excluded).toEqual({ restricted: 2, noContactConsent: 1 });
  });

  it('scores languages by proficiency and says which are missing', () => {
    const basic = {
      ...bareProfile(id(1)),
      languages: [{ code: 'fra', proficiency: 'basic' as const }],
    };
    const fluent = {
      ...bareProfile(id(2)),
      languages: [{ code: 'fra', proficiency: 'fluent' as const }],
    };
    const [first, second] = rankMembers(doctorNeed(), [basic, fluent]);
    expect(first?.id).toBe(id(2));
    expect(reason(second?.reasons ?? [], 'languages')).toMatchObject({
      levels: [{ code: 'fra', proficiency: 'basic' }, { code: 'hau' }],
    });
  });

  it('counts availability mode and duration, region and sector as separate reasons', () => {
    const virtualOnly = { ...bareProfile(id(1)), modes: ['virtual' as const] };
    const onSite = {
      ...bareProfile(id(2)),
      modes: ['on-site' as const],
      originRegion: 'NE-3',
      sectors: ['87', 'Q'],
    };
    const [top, bottom] = rankMembers(doctorNeed(), [virtualOnly, onSite]);
    expect(top?.id).toBe(id(2));
    expect(reason(top?.reasons ?? [], 'availability')).toMatchObject({
      mode: true,
      duration: false,
    });
    expect(reason(top?.reasons ?? [], 'region')).toMatchObject({ level: 'country' });
    expect(reason(top?.reasons ?? [], 'sector')).toMatchObject({ level: 'section' });
    expect(reason(bottom?.reasons ?? [], 'availability')).toMatchObject({ mode: false });
  });

  it('prefers more years in a related occupation, up to a cap', () => {
    const junior = { ...bareProfile(id(1)), occupations: [{ code: '2211', years: 2 }] };
    const senior = { ...bareProfile(id(2)), occupations: [{ code: '2211', years: 12 }] };
    const [top] = rankMembers(doctorNeed(), [junior, senior]);
    expect(top?.id).toBe(id(2));
    expect(reason(top?.reasons ?? [], 'experience')).toMatchObject({ years: 12 });
  });

  it('leaves unasked criteria out of the score instead of counting them against anyone', () => {
    const need = doctorNeed({ skills: [], languages: [], sector: undefined, region: undefined });
    const [match] = rankMembers(need, [fullMatch(id(1))]);
    expect(match?.score).toBeCloseTo(1, 10);
    expect(match?.reasons.map((r) => r.criterion)).toEqual([
      'occupation',
      'availability',
      'experience',
    ]);
  });

  it('returns at most the limit, best first, and breaks ties by id', () => {
    const profiles = [id(9), id(3), id(7), id(1)].map((i) => bareProfile(i));
    expect(rankMembers(doctorNeed(), profiles, 3).map((m) => m.id)).toEqual([id(1), id(3), id(7)]);
    expect(rankNeed(doctorNeed(), profiles, 3).eligible).toBe(4);
  });
});
