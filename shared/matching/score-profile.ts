import {
  bestOccupation,
  levelsByRank,
  matchedSkillCount,
  occupationRank,
  proficiencyIn,
  regionLevel,
  relatedRank,
  relatedYears,
  sectorLevel,
} from './criterion-scores';
import type { MatchProfile } from './match-profile';
import type { MatchReason } from './match-types';
import {
  experienceCapYears,
  matchWeights as w,
  occupationShare,
  proficiencyShare,
  regionShare,
  sectorShare,
} from './match-weights';
import type { NeedCriteria } from './need-criteria';

/** The most points a member can get for this need (criteria it does not ask about left out). */
export function maxPointsFor(need: NeedCriteria): number {
  return (
    w.occupation +
    w.mode +
    w.duration +
    w.experience +
    (need.skills.size > 0 ? w.skills : 0) +
    (need.languages.length > 0 ? w.languages : 0) +
    (need.region !== undefined ? w.region : 0) +
    (need.sector !== undefined ? w.sector : 0)
  );
}

function languagePoints(need: NeedCriteria, profile: MatchProfile): number {
  let sum = 0;
  for (const code of need.languages) {
    const proficiency = proficiencyIn(profile, code);
    if (proficiency !== undefined) sum += proficiencyShare[proficiency];
  }
  return (w.languages * sum) / need.languages.length;
}

/**
 * Each criterion the need asks about, with the points the member earns for it. The ranking
 * sums these points; the screen shows them as the reasons for a rank.
 */
export function explainMatch(need: NeedCriteria, profile: MatchProfile): MatchReason[] {
  const occupation = bestOccupation(need, profile);
  const years = relatedYears(need, profile);
  const mode = profile.modes.includes(need.mode);
  const duration = profile.durations.includes(need.duration);
  const reasons: MatchReason[] = [
    {
      criterion: 'occupation',
      ...occupation,
      points: w.occupation * occupationShare[occupation.level],
      maxPoints: w.occupation,
    },
  ];
  if (need.skills.size > 0) {
    const matched = profile.skills.filter((s) => need.skills.has(s));
    const points = (w.skills * matched.length) / need.skills.size;
    reasons.push({
      criterion: 'skills',
      matched,
      wanted: need.skills.size,
      points,
      maxPoints: w.skills,
    });
  }
  if (need.languages.length > 0) {
    const levels = need.languages.map((code) => {
      const proficiency = proficiencyIn(profile, code);
      return proficiency === undefined ? { code } : { code, proficiency };
    });
    const points = languagePoints(need, profile);
    reasons.push({ criterion: 'languages', levels, points, maxPoints: w.languages });
  }
  reasons.push({
    criterion: 'availability',
    mode,
    duration,
    points: (mode ? w.mode : 0) + (duration ? w.duration : 0),
    maxPoints: w.mode + w.duration,
  });
  if (need.region !== undefined) {
    const level = regionLevel(need, profile);
    reasons.push({
      criterion: 'region',
      level,
      points: w.region * regionShare[level],
      maxPoints: w.region,
    });
  }
  if (need.sector !== undefined) {
    const level = sectorLevel(need, profile);
    reasons.push({
      criterion: 'sector',
      level,
      points: w.sector * sectorShare[level],
      maxPoints: w.sector,
    });
  }
  const experiencePoints =
    (w.experience * Math.min(years, experienceCapYears)) / experienceCapYears;
  reasons.push({
    criterion: 'experience',
    years,
    points: experiencePoints,
    maxPoints: w.experience,
  });
  return reasons;
}

// Read once: the ranking loop below runs 200,000 times per need and should touch plain numbers.
const weights = { ...w };
const occupationPointsByRank = levelsByRank.map((level) => w.occupation * occupationShare[level]);
const regionPoints = { ...regionShare };
const sectorPoints = { ...sectorShare };

/**
 * The rank of the member's closest occupation and their most years in an occupation of the
 * wanted sub-major group or closer, in one pass (this runs for every member).
 */
function occupationFit(wanted: string, profile: MatchProfile): { rank: number; years: number } {
  let rank = 0;
  let years = 0;
  for (const o of profile.occupations) {
    const r = occupationRank(wanted, o.code);
    if (r > rank) rank = r;
    if (r >= relatedRank && o.years !== undefined && o.years > years) years = o.years;
  }
  return { rank, years };
}

/** Whether the member fits at all: an occupation of the wanted sub-major group or closer, or a wanted skill. */
export function fitsNeed(need: NeedCriteria, profile: MatchProfile): boolean {
  if (need.skills.size > 0 && matchedSkillCount(need, profile) > 0) return true;
  for (const o of profile.occupations) {
    if (occupationRank(need.occupation, o.code) >= relatedRank) return true;
  }
  return false;
}

/**
 * The same total as summing {@link explainMatch}'s points, without building the reasons (this
 * runs for every member), or -1 when the member does not fit at all: neither an occupation of
 * the wanted sub-major group or closer, nor one of the wanted skills.
 */
export function scoreProfile(need: NeedCriteria, profile: MatchProfile): number {
  const { rank, years } = occupationFit(need.occupation, profile);
  const wantedSkills = need.skills.size;
  const skills = wantedSkills > 0 ? matchedSkillCount(need, profile) : 0;
  if (rank < relatedRank && skills === 0) return -1;
  let points = occupationPointsByRank[rank] ?? 0;
  if (wantedSkills > 0) points += (weights.skills * skills) / wantedSkills;
  if (need.languages.length > 0) points += languagePoints(need, profile);
  if (profile.modes.includes(need.mode)) points += weights.mode;
  if (profile.durations.includes(need.duration)) points += weights.duration;
  if (need.region !== undefined)
    points += weights.region * regionPoints[regionLevel(need, profile)];
  if (need.sector !== undefined)
    points += weights.sector * sectorPoints[sectorLevel(need, profile)];
  return points + (weights.experience * Math.min(years, experienceCapYears)) / experienceCapYears;
}
