import type { MissionRequest } from '../domain/mission-request';
import type { MissionDuration, AvailabilityMode } from '../domain/contribution';
import { isicSection } from './isic-section';
import { normaliseSkill } from './normalise-skill';

/** A mission request compiled once into what scoring reads for every member. */
export interface NeedCriteria {
  readonly occupation: string;
  readonly skills: ReadonlySet<string>;
  readonly languages: readonly string[];
  readonly mode: AvailabilityMode;
  readonly duration: MissionDuration;
  readonly region?: string;
  /** The region's country and a hyphen ('NE-'), to find other regions of the same country. */
  readonly regionPrefix?: string;
  readonly sector?: string;
  readonly sectorSection?: string;
}

export function needCriteriaOf(need: MissionRequest): NeedCriteria {
  const section = need.sector === undefined ? undefined : isicSection(need.sector.code);
  return {
    occupation: need.occupation.code,
    skills: new Set(need.skills.map(normaliseSkill)),
    languages: need.languages.map((l) => l.code),
    mode: need.mode,
    duration: need.duration,
    ...(need.region === undefined
      ? {}
      : { region: need.region.code, regionPrefix: `${need.region.code.slice(0, 2)}-` }),
    ...(need.sector === undefined ? {} : { sector: need.sector.code }),
    ...(section === undefined ? {} : { sectorSection: section }),
  };
}
