import type { EnvelopeField } from '../../../../../shared/domain/record-envelope';
import type { PersonInput } from '../../../../../shared/domain/person';
import { nameScripts, type NameParts } from '../../../../../shared/domain/person-names';
import { missingDateParts, toPartialDate } from '../../../forms/inputs/partial-date-entry';
import { checkPhone, type PhoneEntry } from '../../../forms/inputs/phone-number';
import type { RowOrigins } from './form-error-path';
import { chosen, isBlankRow, text, whole } from './form-text';
import type { AddressEntry, MemberFormValues, NameEntry } from './member-form-values';

export type PersonContent = Omit<PersonInput, EnvelopeField>;

/** Problems the form finds before the schema: the input layer's own checks. */
export type FormProblemCode = 'phone-invalid' | 'phone-country-required' | 'required';
export interface FormProblem {
  readonly path: string;
  readonly code: FormProblemCode;
}

export interface MappedPerson {
  readonly content: PersonContent;
  readonly problems: readonly FormProblem[];
  /** For each list, the form row each kept entry came from (blank rows are dropped). */
  readonly origins: RowOrigins;
}

type Origins = Record<string, number[]>;

/** The rows that are not blank, noting which form row each one was. */
function kept<T extends object>(rows: readonly T[], path: string, origins: Origins): T[] {
  const indexes: number[] = [];
  const result = rows.filter((row, index) => {
    if (isBlankRow(row)) return false;
    indexes.push(index);
    return true;
  });
  origins[path] = indexes;
  return result;
}

function nameParts(entry: NameEntry): NameParts | undefined {
  const parts = { given: text(entry.given), family: text(entry.family), other: text(entry.other) };
  return Object.values(parts).every((p) => p === undefined) ? undefined : parts;
}

function address(entry: AddressEntry) {
  if (isBlankRow(entry)) return undefined;
  return {
    lines: [entry.line1, entry.line2].flatMap((line) => text(line) ?? []),
    locality: text(entry.locality),
    postalCode: text(entry.postalCode),
    subdivision: chosen(entry.subdivision),
    country: chosen(entry.country) as NonNullable<AddressEntry['country']>,
  };
}

/** A phone as stored (E.164), or the text as typed with the problem noted at `path`. */
function phone(entry: PhoneEntry, path: string, problems: FormProblem[]): string | undefined {
  const check = checkPhone(entry);
  switch (check.status) {
    case 'empty':
      return undefined;
    case 'valid':
      return check.e164;
    case 'invalid':
      problems.push({ path, code: check.problem });
      return entry.number.trim();
    default: {
      const unknown: never = check;
      return unknown;
    }
  }
}

/** Phones typed, in E.164 where valid; a row with no number is dropped. */
function phoneRows(rows: MemberFormValues['phones'], problems: FormProblem[], origins: Origins) {
  const indexes: number[] = [];
  const result = rows.flatMap((row, index) => {
    const number = phone(row, `phones.${index}.number`, problems);
    if (number === undefined) return [];
    indexes.push(index);
    return [{ number, kind: row.kind }];
  });
  origins.phones = indexes;
  return result;
}

function identity(v: MemberFormValues, problems: FormProblem[], origins: Origins) {
  for (const part of missingDateParts(v.dateOfBirth)) {
    problems.push({ path: `dateOfBirth.${part}`, code: 'required' });
  }
  const place = v.placeOfBirth;
  return {
    names: Object.fromEntries(nameScripts.map((s) => [s, nameParts(v.names[s])])),
    sex: chosen(v.sex),
    dateOfBirth: toPartialDate(v.dateOfBirth),
    placeOfBirth: isBlankRow(place)
      ? undefined
      : {
          country: chosen(place.country) as NonNullable<typeof place.country>,
          subdivision: chosen(place.subdivision),
          locality: text(place.locality),
        },
    citizenships: kept(v.citizenships, 'citizenships', origins).map((c) => ({
      country: chosen(c.country),
      status: chosen(c.status),
    })),
    documents: kept(v.documents, 'documents', origins).map((d) => ({
      type: chosen(d.type),
      number: d.number.trim(),
      issuingCountry: chosen(d.issuingCountry),
      expiry: text(d.expiry),
    })),
  };
}

function contact(v: MemberFormValues, problems: FormProblem[], origins: Origins) {
  const emergency = v.emergencyContact;
  const emergencyBlank = isBlankRow({ ...emergency, phone: emergency.phone.number });
  return {
    phones: phoneRows(v.phones, problems, origins),
    email: text(v.email),
    addressAbroad: address(v.addressAbroad),
    addressHome: address(v.addressHome),
    preferredLanguage: chosen(v.preferredLanguage),
    preferredChannel: chosen(v.preferredChannel),
    emergencyContact: emergencyBlank
      ? undefined
      : {
          name: emergency.name.trim(),
          relationship: chosen(emergency.relationship),
          phone: phone(emergency.phone, 'emergencyContact.phone.number', problems),
          email: text(emergency.email),
        },
  };
}

function residenceAndOrigin(v: MemberFormValues) {
  const r = v.residence;
  return {
    residence: isBlankRow(r)
      ? undefined
      : {
          country: chosen(r.country) as NonNullable<typeof r.country>,
          subdivision: chosen(r.subdivision),
          city: text(r.city),
        },
    emigrationYear: whole(v.emigrationYear),
    residenceStatus: chosen(v.residenceStatus),
    generation: chosen(v.generation),
    intentionToReturn: chosen(v.intentionToReturn),
    origin: isBlankRow(v.origin)
      ? undefined
      : {
          region: chosen(v.origin.region) as NonNullable<typeof v.origin.region>,
          locality: text(v.origin.locality),
        },
    hometownAssociation:
      text(v.hometownAssociation.name) === undefined
        ? undefined
        : { name: text(v.hometownAssociation.name) },
  };
}

function educationAndSkills(v: MemberFormValues, origins: Origins) {
  return {
    education: kept(v.education, 'education', origins).map((e) => ({
      level: chosen(e.level) as NonNullable<typeof e.level>,
      field: chosen(e.field),
      qualification: text(e.qualification),
      institution: text(e.institution),
      country: chosen(e.country),
      year: whole(e.year),
    })),
    work: kept(v.work, 'work', origins).map((w) => ({
      occupation: chosen(w.occupation) as NonNullable<typeof w.occupation>,
      sector: chosen(w.sector),
      yearsOfExperience: whole(w.yearsOfExperience),
      employer: text(w.employer),
      current: w.current ? true : undefined,
    })),
    skills: kept(v.skills, 'skills', origins).map((s) => s.value.trim()),
    languages: kept(v.languages, 'languages', origins).map((l) => ({
      language: chosen(l.language),
      proficiency: chosen(l.proficiency),
    })),
  };
}

function contribution(v: MemberFormValues, origins: Origins) {
  const a = v.availability;
  const periods = kept(a.periods, 'availability.periods', origins);
  const availabilityBlank = isBlankRow({ ...a, periods });
  return {
    availability: availabilityBlank
      ? undefined
      : {
          modes: a.modes,
          durations: a.durations,
          daysPerYear: whole(a.daysPerYear),
          periods: periods.map((p) => ({
            fromMonth: whole(p.fromMonth),
            toMonth: whole(p.toMonth),
          })),
          remuneration: chosen(a.remuneration),
        },
    investmentInterests: kept(v.investmentInterests, 'investmentInterests', origins).map((i) => ({
      type: chosen(i.type),
      sector: chosen(i.sector),
      targetRegion: chosen(i.targetRegion),
      amountBand: chosen(i.amountBand),
      currency: chosen(i.currency),
      stage: chosen(i.stage),
      needs: i.needs,
    })),
    associationMemberships: kept(v.associationMemberships, 'associationMemberships', origins).map(
      (m) => ({
        organisationId: m.organisationId ?? undefined,
        name: text(m.name),
        role: chosen(m.role),
      }),
    ),
  };
}

/**
 * The Person fields the form edits, from what was typed: empty text and unchosen options become
 * absent, blank rows are dropped, phones become E.164 for their country. Values still wrong (a
 * row with its required part missing) are passed on as they are, for the Person schema to report
 * at the same path. The input layer's own findings come back as `problems`.
 */
export function toPersonContent(values: MemberFormValues): MappedPerson {
  const problems: FormProblem[] = [];
  const origins: Origins = {};
  // Nulls left in required parts are cast: the schema reports them as `required` at their path.
  const content = {
    ...identity(values, problems, origins),
    ...contact(values, problems, origins),
    ...residenceAndOrigin(values),
    ...educationAndSkills(values, origins),
    ...contribution(values, origins),
  } as PersonContent;
  return { content, problems, origins };
}
