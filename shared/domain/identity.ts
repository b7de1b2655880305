import { z } from 'zod';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { IsoDate } from './iso-date';
import { PartialDate } from './partial-date';
import { PersonNames } from './person-names';
import { Place } from './place';
import { textField } from './text-field';
import { uniqueList } from './unique-list';

export const sexes = ['female', 'male', 'undisclosed'] as const;
export type Sex = (typeof sexes)[number];

/** "Of origin": citizen by birth or descent, as opposed to acquired later. */
export const citizenshipStatuses = ['of-origin', 'acquired'] as const;

export const Citizenship = z.object(
  { country: coded('iso-3166-1'), status: z.enum(citizenshipStatuses, withCodes) },
  withCodes,
);
export type Citizenship = z.output<typeof Citizenship>;

export const identityDocumentTypes = [
  'passport',
  'national-id',
  'consular-card',
  'birth-certificate',
  'residence-permit',
  'other',
] as const;
export type IdentityDocumentType = (typeof identityDocumentTypes)[number];

export const IdentityDocument = z.object(
  {
    type: z.enum(identityDocumentTypes, withCodes),
    number: textField(40).regex(/^[\p{L}\p{N} ./-]+$/u, { error: 'invalid-format' }),
    issuingCountry: coded('iso-3166-1'),
    expiry: IsoDate.optional(),
  },
  withCodes,
);
export type IdentityDocument = z.output<typeof IdentityDocument>;

/** Block 1, identity: the Person fields it owns. */
export const identityShape = {
  names: PersonNames.default({}),
  sex: z.enum(sexes, withCodes).optional(),
  dateOfBirth: PartialDate.optional(),
  placeOfBirth: Place.optional(),
  citizenships: uniqueList(Citizenship, (c) => c.country.code, 10).default([]),
  documents: uniqueList(
    IdentityDocument,
    (d) => `${d.type}|${d.issuingCountry.code}|${d.number}`,
    10,
  ).default([]),
};
