import { consentPurposes } from '../../../../../shared/domain/consent';
import { nameScripts } from '../../../../../shared/domain/person-names';
import { emptyPartialDate } from '../../../forms/inputs/partial-date-entry';
import type { AddressEntry, MemberFormValues, NameEntry } from './member-form-values';

export const emptyName = (): NameEntry => ({ given: '', family: '', other: '' });

export const emptyAddress = (): AddressEntry => ({
  line1: '',
  line2: '',
  locality: '',
  postalCode: '',
  subdivision: null,
  country: null,
});

/** New rows of each repeated entry, as "Add" buttons append them. */
export const newRow = {
  citizenship: (): MemberFormValues['citizenships'][number] => ({ country: null, status: null }),
  document: (): MemberFormValues['documents'][number] => ({
    type: null,
    number: '',
    issuingCountry: null,
    expiry: '',
  }),
  phone: (country: string | null): MemberFormValues['phones'][number] => ({
    country,
    number: '',
    kind: 'mobile',
  }),
  education: (): MemberFormValues['education'][number] => ({
    level: null,
    field: null,
    qualification: '',
    institution: '',
    country: null,
    year: '',
  }),
  work: (): MemberFormValues['work'][number] => ({
    occupation: null,
    sector: null,
    yearsOfExperience: '',
    employer: '',
    current: false,
  }),
  skill: (): MemberFormValues['skills'][number] => ({ value: '' }),
  language: (): MemberFormValues['languages'][number] => ({ language: null, proficiency: null }),
  period: (): MemberFormValues['availability']['periods'][number] => ({
    fromMonth: '',
    toMonth: '',
  }),
  investment: (): MemberFormValues['investmentInterests'][number] => ({
    type: null,
    sector: null,
    targetRegion: null,
    amountBand: null,
    currency: null,
    stage: null,
    needs: [],
  }),
  membership: (): MemberFormValues['associationMemberships'][number] => ({
    organisationId: null,
    name: '',
    role: null,
  }),
};

/** A blank registration: one phone row for the office's country, nothing consented yet. */
export function emptyMemberForm(officeCountry: string | null): MemberFormValues {
  return {
    names: Object.fromEntries(
      nameScripts.map((s) => [s, emptyName()]),
    ) as MemberFormValues['names'],
    sex: null,
    dateOfBirth: emptyPartialDate,
    placeOfBirth: { country: null, subdivision: null, locality: '' },
    citizenships: [],
    documents: [],
    phones: [newRow.phone(officeCountry)],
    email: '',
    addressAbroad: emptyAddress(),
    addressHome: emptyAddress(),
    preferredLanguage: null,
    preferredChannel: null,
    emergencyContact: {
      name: '',
      relationship: null,
      phone: { country: officeCountry, number: '' },
      email: '',
    },
    residence: { country: null, subdivision: null, city: '' },
    emigrationYear: '',
    residenceStatus: null,
    generation: null,
    intentionToReturn: null,
    origin: { region: null, locality: '' },
    hometownAssociation: { name: '' },
    education: [],
    work: [],
    skills: [],
    languages: [],
    availability: { modes: [], durations: [], daysPerYear: '', periods: [], remuneration: null },
    investmentInterests: [],
    associationMemberships: [],
    consents: Object.fromEntries(
      consentPurposes.map((p) => [p, { given: false }]),
    ) as MemberFormValues['consents'],
    consentNotice: { version: '', language: null, method: null },
  };
}
