import type { Address, LanguageSkill, Person, Phone } from '../../shared/domain';
import { codedValue } from './coded-value';
import type { City, MobilePlan } from './place-pools';
import type { PersonProfile } from './person-profile';
import type { Rng } from './prng';

const MAIL_DOMAINS = [
  ['gmail.com', 6],
  ['yahoo.fr', 2],
  ['hotmail.com', 2],
  ['outlook.com', 1],
  ['icloud.com', 0.5],
  ['orange.fr', 0.5],
] as const;

const STREETS = [
  'rue de la République',
  'Main Street',
  'Via Roma',
  'avenue Jean Jaurès',
  'Station Road',
  'Hauptstraße',
  'King Fahd Road',
  'boulevard Lagune',
];

const CHANNELS = [
  ['whatsapp', 45],
  ['phone', 25],
  ['email', 20],
  ['sms', 10],
] as const;

/** A valid mobile number in E.164 for a country's numbering plan. */
export function mobileNumber(rng: Rng, plan: MobilePlan): string {
  const lead = rng.pick(plan.leads);
  const rest = plan.length - lead.length;
  return `+${plan.cc}${lead}${rng.int(2, 9)}${rng.digits(rest - 1)}`;
}

/** Lower-case ASCII letters only, for e-mail local parts. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function address(rng: Rng, country: string, city: City, withStreet: boolean): Address {
  return {
    lines: withStreet ? [`${rng.int(1, 180)} ${rng.pick(STREETS)}`] : [],
    locality: city.name,
    ...(withStreet ? { postalCode: rng.digits(5) } : {}),
    subdivision: codedValue('iso-3166-2', city.subdivision),
    country: codedValue('iso-3166-1', country),
  };
}

function phones(p: PersonProfile): Phone[] {
  const { rng } = p;
  const list: Phone[] = [{ number: mobileNumber(rng, p.residence.mobile), kind: 'mobile' }];
  if (rng.chance(0.35)) list.push({ number: mobileNumber(rng, p.origin.mobile), kind: 'whatsapp' });
  return list;
}

type ContactFields = Pick<
  Person,
  | 'phones'
  | 'email'
  | 'addressAbroad'
  | 'addressHome'
  | 'preferredLanguage'
  | 'preferredChannel'
  | 'emergencyContact'
>;

/** Block 2. `given` and `family` are the Latin name parts, for the e-mail address. */
export function generateContact(
  p: PersonProfile,
  latin: { given?: string | undefined; family?: string | undefined },
  languages: readonly LanguageSkill[],
): ContactFields {
  const { rng } = p;
  const fields: ContactFields = { phones: phones(p) };
  if (rng.chance(0.7)) fields.preferredChannel = rng.weighted(CHANNELS);
  if (rng.chance(0.7)) {
    const local = `${asciiSlug(latin.given ?? 'x')}.${asciiSlug(latin.family ?? 'x')}`;
    const suffix = rng.chance(0.6) ? String(rng.int(1, 99)) : '';
    fields.email = `${local}${suffix}@${rng.weighted(MAIL_DOMAINS)}`;
  }
  if (rng.chance(0.35)) {
    fields.addressAbroad = address(rng, p.residence.country, p.city, rng.chance(0.6));
  }
  if (rng.chance(0.1)) fields.addressHome = address(rng, p.origin.country, p.hometown, false);
  const first = languages[0];
  if (first && rng.chance(0.6)) fields.preferredLanguage = first.language;
  if (rng.chance(0.2)) {
    fields.emergencyContact = {
      name: `${rng.pick(p.pool.female).latin[0]} ${latin.family ?? ''}`.trim(),
      relationship: rng.pick(['spouse', 'sibling', 'parent', 'friend'] as const),
      phone: mobileNumber(rng, p.origin.mobile),
    };
  }
  return fields;
}
