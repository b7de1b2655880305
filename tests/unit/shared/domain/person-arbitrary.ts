import fc from 'fast-check';
import {
  amountBands,
  availabilityModes,
  citizenshipStatuses,
  contactChannels,
  daysInMonth,
  generations,
  identityDocumentTypes,
  investmentNeeds,
  investmentStages,
  investmentTypes,
  missionDurations,
  phoneKinds,
  proficiencies,
  remunerations,
  residenceStatuses,
  returnIntentions,
  sexes,
  type CodeListId,
  type PersonInput,
} from '../../../../shared/domain';
import { code } from './fixtures';

/** Arbitraries for canonical, valid Persons: parsing them must change nothing. */

const syllables = {
  latin: ['a', 'ba', 'dou', 'ma', 'ï', 'ga', 'sa', 'lam', 'ou', 'mar', 'kha', 'di', 'ja', 'é'],
  arabic: ['مح', 'مد', 'عب', 'د', 'الله', 'خ', 'ديجة', 'و', 'لد', 'ـ'],
  ethiopic: ['ሰ', 'ላ', 'ም', 'ገ', 'ብ', 'ረ', 'ማ', 'ር', 'ያ', 'ተስ'],
  passport: ['A', 'BA', 'DOU', 'MA', 'IGA', 'SA', 'OU'],
} as const;

const word = (script: keyof typeof syllables) =>
  fc
    .array(fc.constantFrom(...syllables[script]), { minLength: 1, maxLength: 4 })
    .map((s) => s.join(''));
const namePart = (script: keyof typeof syllables) =>
  fc
    .tuple(fc.array(word(script), { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-'))
    .map(([words, separator]) => words.join(separator));

const parts = (script: keyof typeof syllables) =>
  fc
    .record(
      { given: namePart(script), family: namePart(script), other: namePart(script) },
      { requiredKeys: [] },
    )
    .filter((p) => Object.keys(p).length > 0);

const samples: Record<CodeListId, readonly string[]> = {
  'iso-3166-1': ['NE', 'ET', 'FR', 'US', 'SN', 'MA', 'GH', 'CV'],
  'iso-3166-2': ['NE-8', 'ET-AM', 'FR-IDF', 'US-VA', 'SN-DK', 'MA-04'],
  'iso-639-3': ['fra', 'ara', 'amh', 'hau', 'eng', 'por', 'tir', 'wol'],
  'iso-4217': ['XOF', 'ETB', 'USD', 'EUR', 'MAD'],
  'isco-08': ['2', '21', '214', '2142', '2211', '0110'],
  'isic-rev4': ['F', '42', '421', '4210', '8510'],
  'isced-2011': ['3', '6', '7', '8'],
  'isced-f-2013': ['07', '073', '0732', '0912'],
  'consultation-topic': ['investment', 'return'],
  'national-admin-area': ['NE-5-03', 'ET-AM-12'],
};
const coded = <L extends CodeListId>(list: L) =>
  fc.constantFrom(...samples[list]).map((c) => code(list, c));
const country = coded('iso-3166-1');
const uniqueBy = <T>(arb: fc.Arbitrary<T>, key: (t: T) => string, maxLength: number) =>
  fc.uniqueArray(arb, { selector: key, maxLength });
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

const partialDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2010 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.oneof(
      fc.constant({ year }),
      fc.constant({ year, month }),
      fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
    ),
  );

const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2040-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const e164 = fc
  .tuple(fc.constantFrom('+227', '+251', '+33', '+1', '+221'), fc.stringMatching(/^\d{8,10}$/))
  .map(([cc, n]) => cc + n);

const located = (countryCode: string) =>
  fc.record(
    {
      country: fc.constant(code('iso-3166-1', countryCode)),
      subdivision: fc.constant(code('iso-3166-2', `${countryCode}-1`)),
      city: word('latin'),
    },
    { requiredKeys: ['country'] },
  );

const identity = {
  names: fc.record(
    {
      latin: parts('latin'),
      arabic: parts('arabic'),
      ethiopic: parts('ethiopic'),
      passport: parts('passport'),
    },
    { requiredKeys: [] },
  ),
  sex: fc.constantFrom(...sexes),
  dateOfBirth: partialDate,
  citizenships: uniqueBy(
    fc.record({ country, status: fc.constantFrom(...citizenshipStatuses) }),
    (c) => c.country.code,
    3,
  ),
  documents: fc.array(
    fc.record(
      {
        type: fc.constantFrom(...identityDocumentTypes),
        number: fc.stringMatching(/^[A-Z0-9]{6,12}$/),
        issuingCountry: country,
        expiry: isoDate,
      },
      { requiredKeys: ['type', 'number', 'issuingCountry'] },
    ),
    { maxLength: 1 },
  ),
};

const contact = {
  phones: uniqueBy(
    fc.record({ number: e164, kind: fc.constantFrom(...phoneKinds) }),
    (p) => p.number,
    3,
  ),
  email: fc
    .tuple(
      fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:\.[a-z0-9]{1,8})?$/),
      fc.constantFrom('example.org', 'mail.ne', 'yahoo.fr'),
    )
    .map(([local, domain]) => `${local}@${domain}`),
  preferredLanguage: coded('iso-639-3'),
  preferredChannel: fc.constantFrom(...contactChannels),
  emergencyContact: fc.record({ name: namePart('latin'), phone: e164 }),
};

const residence = {
  residence: fc.constantFrom('FR', 'US', 'SN').chain(located),
  emigrationYear: fc.integer({ min: 1960, max: 2025 }),
  residenceStatus: fc.constantFrom(...residenceStatuses),
  generation: fc.constantFrom(...generations),
  intentionToReturn: fc.constantFrom(...returnIntentions),
};

const educationWork = {
  education: fc.array(
    fc.record(
      {
        level: coded('isced-2011'),
        field: coded('isced-f-2013'),
        institution: word('latin'),
        year: fc.integer({ min: 1960, max: 2025 }),
      },
      { requiredKeys: ['level'] },
    ),
    { maxLength: 3 },
  ),
  work: fc.array(
    fc.record(
      {
        occupation: coded('isco-08'),
        sector: coded('isic-rev4'),
        yearsOfExperience: fc.integer({ min: 0, max: 50 }),
        current: fc.boolean(),
      },
      { requiredKeys: ['occupation'] },
    ),
    { maxLength: 3 },
  ),
  licences: fc.array(
    fc.record(
      { title: namePart('latin'), issuer: word('latin'), country, validUntil: isoDate },
      { requiredKeys: ['title'] },
    ),
    { maxLength: 2 },
  ),
};

const skillsLanguages = {
  skills: fc.uniqueArray(
    word('latin').map((w) => w.toLowerCase()),
    { maxLength: 5 },
  ),
  languages: uniqueBy(
    fc.record({ language: coded('iso-639-3'), proficiency: fc.constantFrom(...proficiencies) }),
    (l) => l.language.code,
    4,
  ),
};

const contribution = {
  availability: fc.record(
    {
      modes: subset(availabilityModes),
      durations: subset(missionDurations),
      daysPerYear: fc.integer({ min: 1, max: 366 }),
      periods: fc.array(
        fc.record({
          fromMonth: fc.integer({ min: 1, max: 12 }),
          toMonth: fc.integer({ min: 1, max: 12 }),
        }),
        { maxLength: 2 },
      ),
      remuneration: fc.constantFrom(...remunerations),
    },
    { requiredKeys: ['modes', 'durations', 'periods'] },
  ),
  investmentInterests: fc.array(
    fc.record(
      {
        type: fc.constantFrom(...investmentTypes),
        sector: coded('isic-rev4'),
        amountBand: fc.constantFrom(...amountBands),
        currency: coded('iso-4217'),
        stage: fc.constantFrom(...investmentStages),
        needs: subset(investmentNeeds),
      },
      { requiredKeys: ['type', 'amountBand', 'currency', 'needs'] },
    ),
    { maxLength: 2 },
  ),
  associationMemberships: fc.array(fc.record({ name: word('latin') }), { maxLength: 2 }),
};

const alwaysPresent = [
  'names',
  'citizenships',
  'documents',
  'phones',
  'education',
  'work',
  'licences',
  'skills',
  'languages',
  'investmentInterests',
  'associationMemberships',
] as const;

/** Any valid Person in canonical form (list fields present, text trimmed and normalised). */
export const personArbitrary: fc.Arbitrary<PersonInput> = fc
  .record({
    id: fc.uuid({ version: 7 }),
    officeId: fc.uuid({ version: 7 }),
    createdAt: fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2035-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString()),
    rev: fc.nat({ max: 1000 }),
    fields: fc.record(
      {
        ...identity,
        ...contact,
        ...residence,
        ...educationWork,
        ...skillsLanguages,
        ...contribution,
      },
      { requiredKeys: [...alwaysPresent] },
    ),
    processingRestricted: fc.boolean(),
  })
  .map(({ fields, ...rest }) => ({
    type: 'person' as const,
    updatedAt: rest.createdAt,
    ...rest,
    ...fields,
  }));
