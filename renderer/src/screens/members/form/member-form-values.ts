import type { Coded } from '../../../../../shared/domain/coded';
import type { ConsentMethod, ConsentPurpose } from '../../../../../shared/domain/consent';
import type {
  AvailabilityMode,
  MissionDuration,
  Remuneration,
} from '../../../../../shared/domain/contribution';
import type { ContactChannel, Relationship } from '../../../../../shared/domain/contact';
import type {
  IdentityDocumentType,
  Sex,
  citizenshipStatuses,
} from '../../../../../shared/domain/identity';
import type {
  AmountBand,
  InvestmentNeed,
  InvestmentStage,
  InvestmentType,
} from '../../../../../shared/domain/investment-interest';
import type { NameScript } from '../../../../../shared/domain/person-names';
import type { PhoneKind } from '../../../../../shared/domain/phone';
import type {
  Generation,
  ResidenceStatus,
  ReturnIntention,
} from '../../../../../shared/domain/residence';
import type { Proficiency } from '../../../../../shared/domain/skills-languages';
import type { PartialDateEntry } from '../../../forms/inputs/partial-date-entry';
import type { PhoneEntry } from '../../../forms/inputs/phone-number';

/** A picker's value: a coded value or nothing chosen. */
export type CodedOrNull<L extends Coded['list']> = Coded<L> | null;

export interface NameEntry {
  given: string;
  family: string;
  other: string;
}

export interface PhoneRow extends PhoneEntry {
  kind: PhoneKind;
}

export interface AddressEntry {
  line1: string;
  line2: string;
  locality: string;
  postalCode: string;
  subdivision: CodedOrNull<'iso-3166-2'>;
  country: CodedOrNull<'iso-3166-1'>;
}

export interface ConsentEntry {
  given: boolean;
}

/**
 * What the member form holds: strings as typed, null for an unchosen option, one row per
 * repeated entry. `toPersonContent` turns it into a Person; `fromPerson` fills it from one.
 */
export interface MemberFormValues {
  names: Record<NameScript, NameEntry>;
  sex: Sex | null;
  dateOfBirth: PartialDateEntry;
  placeOfBirth: {
    country: CodedOrNull<'iso-3166-1'>;
    subdivision: CodedOrNull<'iso-3166-2'>;
    locality: string;
  };
  citizenships: {
    country: CodedOrNull<'iso-3166-1'>;
    status: (typeof citizenshipStatuses)[number] | null;
  }[];
  documents: {
    type: IdentityDocumentType | null;
    number: string;
    issuingCountry: CodedOrNull<'iso-3166-1'>;
    expiry: string;
  }[];
  phones: PhoneRow[];
  email: string;
  addressAbroad: AddressEntry;
  addressHome: AddressEntry;
  preferredLanguage: CodedOrNull<'iso-639-3'>;
  preferredChannel: ContactChannel | null;
  emergencyContact: {
    name: string;
    relationship: Relationship | null;
    phone: PhoneEntry;
    email: string;
  };
  residence: {
    country: CodedOrNull<'iso-3166-1'>;
    subdivision: CodedOrNull<'iso-3166-2'>;
    city: string;
  };
  emigrationYear: string;
  residenceStatus: ResidenceStatus | null;
  generation: Generation | null;
  intentionToReturn: ReturnIntention | null;
  origin: { region: CodedOrNull<'iso-3166-2'>; locality: string };
  hometownAssociation: { name: string };
  education: {
    level: CodedOrNull<'isced-2011'>;
    field: CodedOrNull<'isced-f-2013'>;
    qualification: string;
    institution: string;
    country: CodedOrNull<'iso-3166-1'>;
    year: string;
  }[];
  work: {
    occupation: CodedOrNull<'isco-08'>;
    sector: CodedOrNull<'isic-rev4'>;
    yearsOfExperience: string;
    employer: string;
    current: boolean;
  }[];
  skills: { value: string }[];
  languages: { language: CodedOrNull<'iso-639-3'>; proficiency: Proficiency | null }[];
  availability: {
    modes: AvailabilityMode[];
    durations: MissionDuration[];
    daysPerYear: string;
    periods: { fromMonth: string; toMonth: string }[];
    remuneration: Remuneration | null;
  };
  investmentInterests: {
    type: InvestmentType | null;
    sector: CodedOrNull<'isic-rev4'>;
    targetRegion: CodedOrNull<'iso-3166-2'>;
    amountBand: AmountBand | null;
    currency: CodedOrNull<'iso-4217'>;
    stage: InvestmentStage | null;
    needs: InvestmentNeed[];
  }[];
  associationMemberships: {
    /** A known association (record id) picked in the type-ahead, or null for a typed name. */
    organisationId: string | null;
    name: string;
    role: 'member' | 'officer' | 'founder' | null;
  }[];
  consents: Record<ConsentPurpose, ConsentEntry>;
  consentNotice: {
    version: string;
    language: CodedOrNull<'iso-639-3'>;
    method: ConsentMethod | null;
  };
}
