import type { Proficiency } from '../domain/skills-languages';

/** How close a member's ISCO-08 occupation is to the one asked for. */
export const occupationLevels = ['exact', 'minor', 'sub-major', 'major', 'none'] as const;
export type OccupationLevel = (typeof occupationLevels)[number];

export const matchCriteria = [
  'occupation',
  'skills',
  'languages',
  'availability',
  'region',
  'sector',
  'experience',
] as const;
export type MatchCriterion = (typeof matchCriteria)[number];

interface Points {
  readonly points: number;
  readonly maxPoints: number;
}

/** Why a member ranks where they do, one entry per criterion the need asks about. */
export type MatchReason = Points &
  (
    | { readonly criterion: 'occupation'; readonly level: OccupationLevel; readonly code?: string }
    | {
        readonly criterion: 'skills';
        readonly matched: readonly string[];
        readonly wanted: number;
      }
    | {
        readonly criterion: 'languages';
        readonly levels: readonly { readonly code: string; readonly proficiency?: Proficiency }[];
      }
    | { readonly criterion: 'availability'; readonly mode: boolean; readonly duration: boolean }
    | { readonly criterion: 'region'; readonly level: 'region' | 'country' | 'none' }
    | { readonly criterion: 'sector'; readonly level: 'exact' | 'section' | 'none' }
    | { readonly criterion: 'experience'; readonly years: number }
  );

export interface RankedMatch {
  readonly id: string;
  /** 0..1: points over the most the need allows. A suggestion; a person decides. */
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

/** Members who would have fitted the need but were left out, counted once each. */
export interface Exclusions {
  /** Processing restricted (counted here even when consent is also missing). */
  readonly restricted: number;
  /** No active consent to be contacted about opportunities. */
  readonly noContactConsent: number;
}

export interface RankingResult {
  /** The best matches, best first, at most the limit asked for. */
  readonly matches: readonly RankedMatch[];
  /** Members who fit the need at all (before the limit), exclusions not counted. */
  readonly eligible: number;
  readonly excluded: Exclusions;
}
