import { z } from 'zod';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { subdivisionInCountry } from './place';
import { envelopeShape } from './record-envelope';
import { textField } from './text-field';

export const officeTypes = [
  'reception-referral',
  'regional-coordination',
  'consular-desk',
  'headquarters',
] as const;
export type OfficeType = (typeof officeTypes)[number];

/** An office running Diaspora Desk: a home reception desk, a regional office, an embassy. */
export const Office = z
  .object(
    {
      ...envelopeShape('office'),
      name: textField(),
      country: coded('iso-3166-1'),
      subdivision: coded('iso-3166-2').optional(),
      officeType: z.enum(officeTypes, withCodes),
    },
    withCodes,
  )
  .check(subdivisionInCountry);
export type Office = z.output<typeof Office>;
export type OfficeInput = z.input<typeof Office>;
