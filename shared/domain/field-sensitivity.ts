import type { Consent } from './consent';
import type { Consultation } from './consultation';
import type { MissionRequest } from './mission-request';
import type { Office } from './office';
import type { Organisation } from './organisation';
import type { Person } from './person';
import type { Placement } from './placement';
import type { RecordType } from './record-envelope';
import type { Referral } from './referral';
import type { StaffUser } from './staff-user';

/**
 * DOMAIN.md "Sensitivity". reference: may stay in clear. personal: encrypted at rest.
 * high-risk: encrypted, restricted roles, every read logged.
 */
export const sensitivities = ['reference', 'personal', 'high-risk'] as const;
export type Sensitivity = (typeof sensitivities)[number];

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type FieldMap<T> = Readonly<Record<KeysOfUnion<T>, Sensitivity>>;

const envelope = {
  id: 'reference',
  type: 'reference',
  officeId: 'reference',
  createdAt: 'reference',
  updatedAt: 'reference',
  rev: 'reference',
} as const;

export const personSensitivity: FieldMap<Person> = {
  ...envelope,
  names: 'personal',
  sex: 'personal',
  dateOfBirth: 'personal',
  // A birthplace names the commune of origin.
  placeOfBirth: 'high-risk',
  citizenships: 'personal',
  documents: 'high-risk',
  phones: 'personal',
  email: 'personal',
  addressAbroad: 'personal',
  // The home address is where the family lives.
  addressHome: 'high-risk',
  preferredLanguage: 'personal',
  preferredChannel: 'personal',
  emergencyContact: 'high-risk',
  residence: 'personal',
  emigrationYear: 'personal',
  residenceStatus: 'personal',
  generation: 'personal',
  intentionToReturn: 'personal',
  origin: 'high-risk',
  // A hometown association names the hometown.
  hometownAssociation: 'high-risk',
  education: 'personal',
  work: 'personal',
  licences: 'personal',
  skills: 'personal',
  languages: 'personal',
  availability: 'personal',
  investmentInterests: 'personal',
  associationMemberships: 'personal',
  notes: 'high-risk',
  processingRestricted: 'personal',
};

export const consentSensitivity: FieldMap<Consent> = {
  ...envelope,
  personId: 'reference',
  purpose: 'personal',
  noticeVersion: 'personal',
  noticeLanguage: 'personal',
  method: 'personal',
  givenAt: 'personal',
  withdrawnAt: 'personal',
  recordedBy: 'reference',
};

export const consultationSensitivity: FieldMap<Consultation> = {
  ...envelope,
  personId: 'reference',
  at: 'personal',
  topics: 'personal',
  channel: 'personal',
  notes: 'high-risk',
  followUpDate: 'personal',
  counsellorId: 'reference',
};

export const referralSensitivity: FieldMap<Referral> = {
  ...envelope,
  personId: 'reference',
  partnerId: 'reference',
  purpose: 'personal',
  status: 'personal',
  statusHistory: 'personal',
  legalBasis: 'personal',
  legalBasisReference: 'personal',
  consentId: 'reference',
  sharedFields: 'personal',
  notes: 'high-risk',
  reminders: 'personal',
};

/** Institutions are reference data, but the people named as their contacts are not. */
export const organisationSensitivity: FieldMap<Organisation> = {
  ...envelope,
  kind: 'reference',
  name: 'reference',
  country: 'reference',
  subdivision: 'reference',
  contacts: 'personal',
  institutionType: 'reference',
  dataSharingAgreement: 'reference',
  correspondenceLanguage: 'reference',
  level: 'reference',
  parentId: 'reference',
};

export const missionRequestSensitivity: FieldMap<MissionRequest> = {
  ...envelope,
  hostInstitutionId: 'reference',
  title: 'reference',
  description: 'reference',
  occupation: 'reference',
  skills: 'reference',
  languages: 'reference',
  sector: 'reference',
  region: 'reference',
  mode: 'reference',
  duration: 'reference',
  startDate: 'reference',
  endDate: 'reference',
  expertsNeeded: 'reference',
  status: 'reference',
};

/** A placement says a person was considered, chosen or sent: personal, like a referral. */
export const placementSensitivity: FieldMap<Placement> = {
  ...envelope,
  missionRequestId: 'reference',
  personId: 'reference',
  status: 'personal',
  statusHistory: 'personal',
  suggestedScore: 'personal',
  outcome: 'personal',
  outcomeNote: 'personal',
};

export const officeSensitivity: FieldMap<Office> = {
  ...envelope,
  name: 'reference',
  country: 'reference',
  subdivision: 'reference',
  officeType: 'reference',
};

export const staffUserSensitivity: FieldMap<StaffUser> = {
  ...envelope,
  username: 'reference',
  displayName: 'personal',
  phone: 'personal',
  email: 'personal',
  role: 'reference',
  disabled: 'reference',
};

/** Field classification per record type. */
export const fieldSensitivity: Readonly<Record<RecordType, Readonly<Record<string, Sensitivity>>>> =
  {
    person: personSensitivity,
    organisation: organisationSensitivity,
    consultation: consultationSensitivity,
    referral: referralSensitivity,
    'mission-request': missionRequestSensitivity,
    placement: placementSensitivity,
    consent: consentSensitivity,
    office: officeSensitivity,
    'staff-user': staffUserSensitivity,
  };

/** The most sensitive class among a record type's fields: what the store must protect. */
export function recordSensitivity(type: RecordType): Sensitivity {
  const classes = new Set(Object.values(fieldSensitivity[type]));
  if (classes.has('high-risk')) return 'high-risk';
  return classes.has('personal') ? 'personal' : 'reference';
}

/** Fields of a record type with the given classification, e.g. the high-risk ones to log reads of. */
export function fieldsWithSensitivity(type: RecordType, sensitivity: Sensitivity): string[] {
  return Object.entries(fieldSensitivity[type])
    .filter(([, s]) => s === sensitivity)
    .map(([field]) => field);
}
