import type { Consent } from '../domain/consent';
import { isConsentActive } from '../domain/consent';
import type { AvailabilityMode, MissionDuration, Remuneration } from '../domain/contribution';
import type { Person } from '../domain/person';
import type { Proficiency } from '../domain/skills-languages';
import { matchProfileFrom } from './match-source';

/** One occupation a member has worked in (ISCO-08 code at any level) and for how long. */
export interface OccupationExperience {
  readonly code: string;
  readonly years?: number;
}

export interface LanguageLevel {
  /** ISO 639-3. */
  readonly code: string;
  readonly proficiency: Proficiency;
}

/**
 * What matching needs to know about one member, and nothing more: compact enough to hold for
 * 200,000 members in the search worker. Codes only, never labels; no names or contact details.
 */
export interface MatchProfile {
  readonly id: string;
  readonly occupations: readonly OccupationExperience[];
  /** Skill tags as {@link normaliseSkill} folds them. */
  readonly skills: readonly string[];
  readonly languages: readonly LanguageLevel[];
  readonly modes: readonly AvailabilityMode[];
  readonly durations: readonly MissionDuration[];
  readonly remuneration?: Remuneration;
  /** ISO 3166-1 alpha-2. */
  readonly residenceCountry?: string;
  /** ISO 3166-2 region of origin. */
  readonly originRegion?: string;
  /** ISIC Rev.4 codes of the member's work, each followed by its section letter when different. */
  readonly sectors: readonly string[];
  /** An active consent to be contacted about opportunities. */
  readonly contactConsent: boolean;
  /** Processing restricted (data protection): never matched. */
  readonly restricted: boolean;
}

function hasContactConsent(personId: string, consents: readonly Consent[]): boolean {
  return consents.some(
    (c) => c.personId === personId && c.purpose === 'contact-opportunities' && isConsentActive(c),
  );
}

/** The matching projection of a person, given the consents on record (any person's; filtered). */
export function matchProfileOf(person: Person, consents: readonly Consent[]): MatchProfile {
  return matchProfileFrom(person, hasContactConsent(person.id, consents));
}
