import type { RecordType } from '../../domain/record-envelope';
import type { Json, JsonObject } from '../json';
import { jsonElements } from '../json';
import type { ScopeFacts } from './scope';

export interface ScopedRecord {
  readonly recordType: RecordType;
  /** The creating office. */
  readonly officeId: string;
  readonly data: JsonObject;
}

/** The record types about one person (`personId`), seen where the person is. */
export const personRecordTypes = ['consultation', 'referral', 'placement', 'consent'] as const;
const aboutPerson = new Set<RecordType>(personRecordTypes);

/** The person a record is about (a consultation, referral, placement, consent), else null. */
export function personIdOf(record: ScopedRecord): string | null {
  if (!aboutPerson.has(record.recordType)) return null;
  const personId = record.data['personId'];
  return typeof personId === 'string' ? personId : null;
}

/**
 * The scope facts of a record. Records about a person (consultations, referrals, consents) are
 * seen where the person is: pass the person's facts (without them, only the creator sees them).
 */
export function scopeFactsOf(record: ScopedRecord, person: ScopeFacts | null = null): ScopeFacts {
  switch (record.recordType) {
    case 'person':
      return personFacts(record.officeId, record.data);
    case 'consultation':
    case 'referral':
    case 'placement':
    case 'consent':
      return person?.visibility === 'person'
        ? { ...person, creators: [record.officeId, ...person.creators] }
        : { visibility: 'creators', creators: [record.officeId] };
    case 'organisation':
    case 'mission-request':
    case 'office':
      return { visibility: 'everyone' };
    case 'staff-user':
      return { visibility: 'creators', creators: [record.officeId] };
  }
}

function personFacts(officeId: string, data: JsonObject): ScopeFacts {
  const interests = jsonElements(data['investmentInterests']);
  const regions = [
    codeAt(data['origin'], 'region'),
    codeAt(data['origin'], 'adminArea'),
    ...interests.map((interest) => codeAt(interest, 'targetRegion')),
  ].filter((code): code is string => code !== null);
  return {
    visibility: 'person',
    creators: [officeId],
    residenceCountry: codeAt(data['residence'], 'country'),
    regions,
  };
}

/** `value[key].code` when it is a string (a coded value), else null. */
function codeAt(value: Json | undefined, key: string): string | null {
  const coded = field(value, key);
  const code = field(coded, 'code');
  return typeof code === 'string' ? code : null;
}

function field(value: Json | undefined, key: string): Json | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return value[key];
}
