import type { Proficiency } from '../domain/skills-languages';
import type { MatchProfile } from './match-profile';
import type { OccupationLevel } from './match-types';
import type { NeedCriteria } from './need-criteria';

/** Occupation levels by closeness: 0 none, 1 major group ... 4 inside the wanted group. */
export const levelsByRank: readonly OccupationLevel[] = [
  'none',
  'major',
  'sub-major',
  'minor',
  'exact',
];
/** The lowest rank that makes a member fit by occupation alone (same sub-major group). */
export const relatedRank = 2;

/**
 * How close one ISCO-08 code is to the wanted one, as a rank: 4 when the code is inside the
 * wanted group, else the length of the shared prefix (1 major, 2 sub-major, 3 minor group).
 */
export function occupationRank(wanted: string, code: string): number {
  let common = 0;
  const n = Math.min(wanted.length, code.length);
  while (common < n && wanted.charCodeAt(common) === code.charCodeAt(common)) common += 1;
  return common === wanted.length ? 4 : Math.min(common, 3);
}

/** The member's closest occupation to the need, and its code (first one on ties). */
export function bestOccupation(
  need: NeedCriteria,
  profile: MatchProfile,
): { level: OccupationLevel; code?: string } {
  let best = 0;
  let code: string | undefined;
  for (const o of profile.occupations) {
    const rank = occupationRank(need.occupation, o.code);
    if (rank > best) [best, code] = [rank, o.code];
  }
  const level = levelsByRank[best] ?? 'none';
  return code === undefined ? { level } : { level, code };
}

/** Rank of the closest occupation, without allocating (runs for every member). */
export function bestOccupationRank(need: NeedCriteria, profile: MatchProfile): number {
  let best = 0;
  for (const o of profile.occupations) {
    const rank = occupationRank(need.occupation, o.code);
    if (rank > best) best = rank;
  }
  return best;
}

/** Most years in any occupation of the wanted sub-major group or closer. */
export function relatedYears(need: NeedCriteria, profile: MatchProfile): number {
  let years = 0;
  for (const o of profile.occupations) {
    if (o.years === undefined || o.years <= years) continue;
    if (occupationRank(need.occupation, o.code) >= relatedRank) years = o.years;
  }
  return years;
}

export function matchedSkillCount(need: NeedCriteria, profile: MatchProfile): number {
  let count = 0;
  for (const skill of profile.skills) if (need.skills.has(skill)) count += 1;
  return count;
}

export function proficiencyIn(profile: MatchProfile, language: string): Proficiency | undefined {
  for (const l of profile.languages) if (l.code === language) return l.proficiency;
  return undefined;
}

export function regionLevel(
  need: NeedCriteria,
  profile: MatchProfile,
): 'region' | 'country' | 'none' {
  const origin = profile.originRegion;
  if (need.region === undefined || origin === undefined) return 'none';
  if (origin === need.region) return 'region';
  return need.regionPrefix !== undefined && origin.startsWith(need.regionPrefix)
    ? 'country'
    : 'none';
}

export function sectorLevel(
  need: NeedCriteria,
  profile: MatchProfile,
): 'exact' | 'section' | 'none' {
  if (need.sector === undefined) return 'none';
  if (profile.sectors.includes(need.sector)) return 'exact';
  const section = need.sectorSection;
  return section !== undefined && profile.sectors.includes(section) ? 'section' : 'none';
}
