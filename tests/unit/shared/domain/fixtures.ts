import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { CodeListId, Coded, ConsentInput, PersonInput } from '../../../../shared/domain';

/** Versions as the code lists would stamp them. */
export const listVersions: Record<CodeListId, string> = {
  'iso-3166-1': '2024',
  'iso-3166-2': '2024',
  'iso-639-3': '2024',
  'iso-4217': '2024',
  'isco-08': '2008',
  'isic-rev4': 'Rev.4 (2008)',
  'isced-2011': '2011',
  'isced-f-2013': '2013',
  'consultation-topic': '1',
  'national-admin-area': '1',
};

export function code<L extends CodeListId>(list: L, value: string): Coded<L> {
  return { list, version: listVersions[list], code: value };
}

export const officeId = '0190a6b4-7c1e-7a00-8000-00000000000a';
export const counsellorId = '0190a6b4-7c1e-7a00-8000-00000000000c';
export const at = '2025-03-01T09:30:00.000Z';

export function envelope<T extends string>(type: T, id: string = uuidv7()) {
  return { id, type, officeId, createdAt: at, updatedAt: at, rev: 0 };
}

/** A Nigerien civil engineer living in Lyon, known by Latin, Arabic and passport spellings. */
export function nigerienEngineer(): PersonInput {
  return {
    ...envelope('person', '0190a6b4-7c1e-7a00-8000-000000000001'),
    names: {
      latin: { given: 'Abdoulaye', family: 'Maïga', other: 'Harouna' },
      arabic: { given: 'عبد الله', family: 'مايغا', other: 'هارونا' },
      passport: { given: 'Abdoulaye', family: 'Maiga' },
    },
    sex: 'male',
    dateOfBirth: { year: 1984, month: 7 },
    placeOfBirth: { country: code('iso-3166-1', 'NE'), subdivision: code('iso-3166-2', 'NE-5') },
    citizenships: [
      { country: code('iso-3166-1', 'NE'), status: 'of-origin' },
      { country: code('iso-3166-1', 'FR'), status: 'acquired' },
    ],
    documents: [
      {
        type: 'passport',
        number: '17PC04521',
        issuingCountry: code('iso-3166-1', 'NE'),
        expiry: '2029-05-31',
      },
    ],
    phones: [
      { number: '+33612345678', kind: 'mobile' },
      { number: '+22790123456', kind: 'whatsapp' },
    ],
    email: 'a.maiga@example.org',
    addressAbroad: {
      lines: ['12 rue des Lilas'],
      locality: 'Lyon',
      postalCode: '69003',
      subdivision: code('iso-3166-2', 'FR-ARA'),
      country: code('iso-3166-1', 'FR'),
    },
    preferredLanguage: code('iso-639-3', 'fra'),
    preferredChannel: 'whatsapp',
    residence: {
      country: code('iso-3166-1', 'FR'),
      subdivision: code('iso-3166-2', 'FR-ARA'),
      city: 'Lyon',
    },
    emigrationYear: 2006,
    residenceStatus: 'citizen',
    generation: 'emigrant',
    intentionToReturn: 'later',
    origin: { region: code('iso-3166-2', 'NE-5'), locality: 'Birni-N’Konni' },
    education: [
      {
        level: code('isced-2011', '7'),
        field: code('isced-f-2013', '0732'),
        qualification: 'Diplôme d’ingénieur',
        institution: 'INSA Lyon',
        country: code('iso-3166-1', 'FR'),
        year: 2010,
      },
    ],
    work: [
      {
        occupation: code('isco-08', '2142'),
        sector: code('isic-rev4', '4210'),
        yearsOfExperience: 14,
        current: true,
      },
    ],
    skills: ['hydraulique', 'solar pv'],
    languages: [
      { language: code('iso-639-3', 'hau'), proficiency: 'native' },
      { language: code('iso-639-3', 'fra'), proficiency: 'fluent' },
      { language: code('iso-639-3', 'ara'), proficiency: 'intermediate' },
    ],
    availability: {
      modes: ['on-site', 'distance-teaching'],
      durations: ['2-weeks-to-3-months'],
      daysPerYear: 20,
      periods: [{ fromMonth: 7, toMonth: 8 }],
      remuneration: 'volunteer',
    },
  };
}

/** An Ethiopian-born investor in Virginia, names in Ethiopic and Latin, year of birth only. */
export function ethiopianInvestor(): PersonInput {
  return {
    ...envelope('person', '0190a6b4-7c1e-7a00-8000-000000000002'),
    names: {
      ethiopic: { given: 'ሰላማዊት', other: 'ተስፋዬ ገብረመድህን' },
      latin: { given: 'Selamawit', other: 'Tesfaye Gebremedhin' },
    },
    sex: 'female',
    dateOfBirth: { year: 1979 },
    citizenships: [{ country: code('iso-3166-1', 'US'), status: 'acquired' }],
    phones: [{ number: '+17035550147', kind: 'mobile' }],
    preferredLanguage: code('iso-639-3', 'amh'),
    residence: { country: code('iso-3166-1', 'US'), subdivision: code('iso-3166-2', 'US-VA') },
    emigrationYear: 1998,
    generation: 'emigrant',
    investmentInterests: [
      {
        type: 'community-project',
        sector: code('isic-rev4', '8510'),
        targetRegion: code('iso-3166-2', 'ET-AM'),
        amountBand: '50k-250k',
        currency: code('iso-4217', 'USD'),
        stage: 'planning',
        needs: ['land-or-premises', 'permits'],
      },
    ],
  };
}

export function registrationConsent(personId: string): ConsentInput {
  return {
    ...envelope('consent'),
    personId,
    purpose: 'registration',
    noticeVersion: '2025-01',
    noticeLanguage: code('iso-639-3', 'fra'),
    method: 'paper-signed',
    givenAt: at,
    recordedBy: counsellorId,
  };
}

/** `[path, message]` pairs of a failed parse; empty when the value is valid. */
export function issuesOf(schema: z.ZodType, value: unknown): [string, string][] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
}
