import { v7 as uuidv7 } from 'uuid';
import type { MissionRequest } from '../../../../shared/domain';
import { MissionRequest as MissionRequestSchema } from '../../../../shared/domain';
import type { MatchProfile } from '../../../../shared/matching';
import { code, envelope } from '../domain/fixtures';

/** A hospital's request for a generalist doctor, two weeks to three months, on site. */
export function doctorNeed(overrides: Partial<Record<string, unknown>> = {}): MissionRequest {
  return MissionRequestSchema.parse({
    ...envelope('mission-request'),
    hostInstitutionId: uuidv7(),
    title: 'Mission chirurgicale',
    occupation: code('isco-08', '2211'),
    skills: ['Surgery', 'trauma care'],
    languages: [code('iso-639-3', 'fra'), code('iso-639-3', 'hau')],
    sector: code('isic-rev4', '86'),
    region: code('iso-3166-2', 'NE-5'),
    mode: 'on-site',
    duration: '2-weeks-to-3-months',
    expertsNeeded: 2,
    status: 'open',
    ...overrides,
  });
}

/** A member who fits the doctor need on every criterion, with contact consent. */
export function fullMatch(id: string): MatchProfile {
  return {
    id,
    occupations: [{ code: '2211', years: 20 }],
    skills: ['surgery', 'trauma care'],
    languages: [
      { code: 'fra', proficiency: 'fluent' },
      { code: 'hau', proficiency: 'native' },
    ],
    modes: ['on-site'],
    durations: ['2-weeks-to-3-months'],
    residenceCountry: 'FR',
    originRegion: 'NE-5',
    sectors: ['86', 'Q'],
    contactConsent: true,
    restricted: false,
  };
}

/** A member with the same occupation only: nothing else recorded. */
export function bareProfile(id: string, occupation = '2211'): MatchProfile {
  return {
    id,
    occupations: [{ code: occupation }],
    skills: [],
    languages: [],
    modes: [],
    durations: [],
    sectors: [],
    contactConsent: true,
    restricted: false,
  };
}
