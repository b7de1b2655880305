import type {
  Citizenship,
  IdentityDocument,
  PartialDate,
  Person,
  Place,
} from '../../shared/domain';
import { codedValue } from './coded-value';
import { generateNames } from './generate-names';
import type { PersonProfile } from './person-profile';

const LETTERS = [...'ABCDEFGHJKLMNPRSTUVWXYZ'];

function dateOfBirth(p: PersonProfile): PartialDate {
  const { rng, birthYear: year } = p;
  const precision = rng.weighted([
    ['day', 7],
    ['month', 1],
    ['year', 2],
  ] as const);
  if (precision === 'year') return { year };
  const month = rng.int(1, 12);
  return precision === 'month' ? { year, month } : { year, month, day: rng.int(1, 28) };
}

function placeOfBirth(p: PersonProfile): Place {
  const city = p.descendant ? p.city : p.hometown;
  const country = p.descendant ? p.residence.country : p.origin.country;
  return {
    country: codedValue('iso-3166-1', country),
    subdivision: codedValue('iso-3166-2', city.subdivision),
    locality: city.name,
  };
}

function citizenships(p: PersonProfile): Citizenship[] {
  if (!p.rng.chance(0.85)) return [];
  const list: Citizenship[] = [
    { country: codedValue('iso-3166-1', p.origin.country), status: 'of-origin' },
  ];
  if (p.descendant || p.rng.chance(0.25)) {
    list.push({ country: codedValue('iso-3166-1', p.residence.country), status: 'acquired' });
  }
  return list;
}

function documents(p: PersonProfile): IdentityDocument[] {
  const { rng } = p;
  const docs: IdentityDocument[] = [];
  const expiry = () => `${rng.int(2024, 2034)}-${String(rng.int(1, 12)).padStart(2, '0')}-15`;
  if (rng.chance(0.4)) {
    docs.push({
      type: 'passport',
      number: rng.pick(LETTERS) + rng.pick(LETTERS) + rng.digits(7),
      issuingCountry: codedValue('iso-3166-1', p.origin.country),
      expiry: expiry(),
    });
  }
  if (rng.chance(0.1)) {
    docs.push({
      type: 'consular-card',
      number: `${p.residence.country}-${rng.digits(6)}`,
      issuingCountry: codedValue('iso-3166-1', p.origin.country),
    });
  }
  return docs;
}

type IdentityFields = Pick<
  Person,
  'names' | 'sex' | 'dateOfBirth' | 'placeOfBirth' | 'citizenships' | 'documents'
>;

/** Block 1. */
export function generateIdentity(p: PersonProfile): IdentityFields {
  const { rng } = p;
  const fields: IdentityFields = {
    names: generateNames(p),
    sex: p.sex,
    citizenships: citizenships(p),
    documents: documents(p),
  };
  if (rng.chance(0.92)) fields.dateOfBirth = dateOfBirth(p);
  if (rng.chance(0.5)) fields.placeOfBirth = placeOfBirth(p);
  return fields;
}
