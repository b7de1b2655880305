import type { Address } from '../../../../../shared/domain/contact';
import type { Person } from '../../../../../shared/domain/person';
import { nameScripts, type NameParts } from '../../../../../shared/domain/person-names';
import { fromPartialDate } from '../../../forms/inputs/partial-date-entry';
import { phoneEntryFromE164, type PhoneEntry } from '../../../forms/inputs/phone-number';
import { emptyAddress, emptyMemberForm, emptyName } from './empty-member-form';
import type { AddressEntry, MemberFormValues } from './member-form-values';

/** A person's fields as the form shows them (a hidden high-risk field shows empty). */
export type PersonView = { [K in keyof Person]?: Person[K] | undefined };

const str = (value: string | number | undefined): string =>
  value === undefined ? '' : String(value);
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function nameEntry(parts: NameParts | undefined) {
  if (parts === undefined) return emptyName();
  return { given: str(parts.given), family: str(parts.family), other: str(parts.other) };
}

function addressEntry(address: Address | undefined): AddressEntry {
  if (address === undefined) return emptyAddress();
  return {
    line1: str(address.lines[0]),
    line2: address.lines.slice(1).join(', '),
    locality: str(address.locality),
    postalCode: str(address.postalCode),
    subdivision: orNull(address.subdivision),
    country: address.country,
  };
}

const phoneOrEmpty = (e164: string | undefined, country: string | null): PhoneEntry =>
  e164 === undefined ? { country, number: '' } : phoneEntryFromE164(e164);

function contactValues(p: PersonView, officeCountry: string | null) {
  const emergency = p.emergencyContact;
  return {
    phones: (p.phones ?? []).map((phone) => ({
      ...phoneEntryFromE164(phone.number),
      kind: phone.kind,
    })),
    email: str(p.email),
    addressAbroad: addressEntry(p.addressAbroad),
    addressHome: addressEntry(p.addressHome),
    preferredLanguage: orNull(p.preferredLanguage),
    preferredChannel: orNull(p.preferredChannel),
    emergencyContact: {
      name: str(emergency?.name),
      relationship: orNull(emergency?.relationship),
      phone: phoneOrEmpty(emergency?.phone, officeCountry),
      email: str(emergency?.email),
    },
  };
}

function workValues(p: PersonView) {
  return {
    education: (p.education ?? []).map((e) => ({
      level: e.level,
      field: orNull(e.field),
      qualification: str(e.qualification),
      institution: str(e.institution),
      country: orNull(e.country),
      year: str(e.year),
    })),
    work: (p.work ?? []).map((w) => ({
      occupation: w.occupation,
      sector: orNull(w.sector),
      yearsOfExperience: str(w.yearsOfExperience),
      employer: str(w.employer),
      current: w.current ?? false,
    })),
    skills: (p.skills ?? []).map((value) => ({ value })),
    languages: p.languages ?? [],
  };
}

function contributionValues(
  p: PersonView,
): Pick<MemberFormValues, 'availability' | 'investmentInterests' | 'associationMemberships'> {
  const a = p.availability;
  return {
    availability: {
      modes: a?.modes ?? [],
      durations: a?.durations ?? [],
      daysPerYear: str(a?.daysPerYear),
      periods: (a?.periods ?? []).map((r) => ({
        fromMonth: str(r.fromMonth),
        toMonth: str(r.toMonth),
      })),
      remuneration: orNull(a?.remuneration),
    },
    investmentInterests: (p.investmentInterests ?? []).map((i) => ({
      type: i.type,
      sector: orNull(i.sector),
      targetRegion: orNull(i.targetRegion),
      amountBand: orNull(i.amountBand),
      currency: orNull(i.currency),
      stage: orNull(i.stage),
      needs: i.needs,
    })),
    associationMemberships: (p.associationMemberships ?? []).map((m) => ({
      organisationId: m.organisationId ?? null,
      name: str(m.name),
      role: orNull(m.role),
    })),
  };
}

/** The form filled from a stored person, for editing. Consents are their own records. */
export function fromPerson(p: PersonView, officeCountry: string | null): MemberFormValues {
  const blank = emptyMemberForm(officeCountry);
  const names = p.names ?? {};
  return {
    ...blank,
    names: Object.fromEntries(
      nameScripts.map((s) => [s, nameEntry(names[s])]),
    ) as MemberFormValues['names'],
    sex: orNull(p.sex),
    dateOfBirth: fromPartialDate(p.dateOfBirth),
    placeOfBirth: {
      country: orNull(p.placeOfBirth?.country),
      subdivision: orNull(p.placeOfBirth?.subdivision),
      locality: str(p.placeOfBirth?.locality),
    },
    citizenships: p.citizenships ?? [],
    documents: (p.documents ?? []).map((d) => ({ ...d, expiry: str(d.expiry) })),
    ...contactValues(p, officeCountry),
    residence: {
      country: orNull(p.residence?.country),
      subdivision: orNull(p.residence?.subdivision),
      city: str(p.residence?.city),
    },
    emigrationYear: str(p.emigrationYear),
    residenceStatus: orNull(p.residenceStatus),
    generation: orNull(p.generation),
    intentionToReturn: orNull(p.intentionToReturn),
    origin: { region: orNull(p.origin?.region), locality: str(p.origin?.locality) },
    hometownAssociation: { name: str(p.hometownAssociation?.name) },
    ...workValues(p),
    ...contributionValues(p),
  };
}
