import {
  availabilityModes,
  missionDurations,
  remunerations,
  type AvailabilityMode,
  type MissionDuration,
  type Remuneration,
} from '../domain/contribution';
import { proficiencies, type Proficiency } from '../domain/skills-languages';
import { isicSection } from './isic-section';
import type { LanguageLevel, MatchProfile, OccupationExperience } from './match-profile';
import { normaliseSkill } from './normalise-skill';

interface Code {
  readonly code: string;
}

/**
 * The parts of a person matching reads. A Person fits; so does the search worker's narrower
 * projection of a decrypted record, whose enumerations arrive as plain strings.
 */
export interface MatchSource {
  readonly id: string;
  readonly work: readonly {
    readonly occupation: Code;
    readonly sector?: Code | undefined;
    readonly yearsOfExperience?: number | undefined;
  }[];
  readonly skills: readonly string[];
  readonly languages: readonly { readonly language: Code; readonly proficiency?: string }[];
  readonly availability?:
    | {
        readonly modes: readonly string[];
        readonly durations?: readonly string[] | undefined;
        readonly remuneration?: string | undefined;
      }
    | undefined;
  readonly residence?: { readonly country: Code } | undefined;
  readonly origin?: { readonly region: Code } | undefined;
  readonly processingRestricted?: boolean | undefined;
}

const member =
  <T extends string>(values: readonly T[]) =>
  (value: string | undefined): value is T =>
    (values as readonly (string | undefined)[]).includes(value);
const isMode = member<AvailabilityMode>(availabilityModes);
const isDuration = member<MissionDuration>(missionDurations);
const isRemuneration = member<Remuneration>(remunerations);
const isProficiency = member<Proficiency>(proficiencies);

function sectorsOf(source: MatchSource): string[] {
  const sectors = new Set<string>();
  for (const work of source.work) {
    if (work.sector === undefined) continue;
    sectors.add(work.sector.code);
    const section = isicSection(work.sector.code);
    if (section !== undefined) sectors.add(section);
  }
  return [...sectors];
}

function languagesOf(source: MatchSource): LanguageLevel[] {
  const levels: LanguageLevel[] = [];
  for (const l of source.languages) {
    if (isProficiency(l.proficiency)) {
      levels.push({ code: l.language.code, proficiency: l.proficiency });
    }
  }
  return levels;
}

/** The matching projection of a person whose contact consent is already known. */
export function matchProfileFrom(source: MatchSource, contactConsent: boolean): MatchProfile {
  const availability = source.availability;
  const remuneration = availability?.remuneration;
  const occupations: OccupationExperience[] = source.work.map((w) => ({
    code: w.occupation.code,
    years: w.yearsOfExperience,
  }));
  return {
    id: source.id,
    occupations,
    skills: [...new Set(source.skills.map(normaliseSkill))],
    languages: languagesOf(source),
    modes: (availability?.modes ?? []).filter(isMode),
    durations: (availability?.durations ?? []).filter(isDuration),
    // Every key always present, in one order: one object shape for every member keeps the
    // ranking loop monomorphic.
    remuneration: isRemuneration(remuneration) ? remuneration : undefined,
    residenceCountry: source.residence?.country.code,
    originRegion: source.origin?.region.code,
    sectors: sectorsOf(source),
    contactConsent,
    restricted: source.processingRestricted === true,
  };
}
