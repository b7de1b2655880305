import type { OccupationLevel } from './match-types';
import type { Proficiency } from '../domain/skills-languages';

/**
 * Points per criterion. Occupation weighs most, then skills; availability, languages, region,
 * sector and experience refine the order. A criterion the need does not ask about counts
 * neither for nor against.
 */
export const matchWeights = {
  occupation: 40,
  skills: 25,
  languages: 15,
  mode: 8,
  duration: 4,
  region: 6,
  sector: 6,
  experience: 8,
} as const;

export const occupationShare: Readonly<Record<OccupationLevel, number>> = {
  exact: 1,
  minor: 0.7,
  'sub-major': 0.45,
  major: 0.2,
  none: 0,
};

export const proficiencyShare: Readonly<Record<Proficiency, number>> = {
  native: 1,
  fluent: 1,
  intermediate: 0.6,
  basic: 0.25,
};

/** Years of related experience beyond which more years add nothing. */
export const experienceCapYears = 15;

/** Shares for a region of origin that is the need's region, or only in the same country. */
export const regionShare = { region: 1, country: 0.35, none: 0 } as const;
export const sectorShare = { exact: 1, section: 0.5, none: 0 } as const;
