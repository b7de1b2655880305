import type { Address, EmergencyContact } from '../../../../../shared/domain/contact';
import type { Person } from '../../../../../shared/domain/person';
import { nameScripts, type NameParts } from '../../../../../shared/domain/person-names';
import type { Place } from '../../../../../shared/domain/place';
import { formatIsoDate, formatPartialDate } from './format-dates';
import { codeLabel, isolateLtr, joinParts, type ProfileFormat } from './profile-format';

type Lines<K extends keyof Person> = (value: NonNullable<Person[K]>, f: ProfileFormat) => string[];

export function fullName(parts: NameParts): string {
  return [parts.given, parts.other, parts.family].filter(Boolean).join(' ');
}

function place(value: Place, f: ProfileFormat): string {
  return joinParts([value.locality, codeLabel(f, value.subdivision), codeLabel(f, value.country)]);
}

function address(value: Address, f: ProfileFormat): string {
  return joinParts([
    ...value.lines,
    joinParts([value.postalCode, value.locality]),
    codeLabel(f, value.subdivision),
    codeLabel(f, value.country),
  ]);
}

function emergency(value: EmergencyContact, f: ProfileFormat): string {
  const relation = value.relationship && f.t(`profile.values.relationship.${value.relationship}`);
  return joinParts([value.name, relation, value.phone && isolateLtr(value.phone), value.email]);
}

const names: Lines<'names'> = (value, f) =>
  nameScripts.flatMap((script) => {
    const parts = value[script];
    return parts ? [`${f.t(`profile.scripts.${script}`)}: ${fullName(parts)}`] : [];
  });

/** Lines for the identity and contact blocks' fields. */
export const identityContactLines = {
  names,
  sex: (value, f) => [f.t(`profile.values.sex.${value}`)],
  dateOfBirth: (value, f) => [formatPartialDate(value, f.locale)],
  placeOfBirth: (value, f) => [place(value, f)],
  citizenships: (value, f) =>
    value.map((c) =>
      joinParts([codeLabel(f, c.country), f.t(`profile.values.citizenshipStatus.${c.status}`)]),
    ),
  documents: (value, f) =>
    value.map((d) =>
      joinParts([
        f.t(`profile.values.documentType.${d.type}`),
        isolateLtr(d.number),
        codeLabel(f, d.issuingCountry),
        d.expiry && f.t('profile.parts.expires', { date: formatIsoDate(d.expiry, f.locale) }),
      ]),
    ),
  phones: (value, f) =>
    value.map((p) => joinParts([isolateLtr(p.number), f.t(`profile.values.phoneKind.${p.kind}`)])),
  email: (value) => [value],
  addressAbroad: (value, f) => [address(value, f)],
  addressHome: (value, f) => [address(value, f)],
  preferredLanguage: (value, f) => [codeLabel(f, value) ?? value.code],
  preferredChannel: (value, f) => [f.t(`profile.values.channel.${value}`)],
  emergencyContact: (value, f) => [emergency(value, f)],
} satisfies { [K in keyof Person]?: Lines<K> };
