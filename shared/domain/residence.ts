import { z } from 'zod';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { subdivisionInCountry } from './place';
import { textField } from './text-field';

/** Where the person lives abroad: country, optionally subdivision and city, kept together. */
export const ResidencePlace = z
  .object(
    {
      country: coded('iso-3166-1'),
      subdivision: coded('iso-3166-2').optional(),
      city: textField().optional(),
    },
    withCodes,
  )
  .check(subdivisionInCountry);
export type ResidencePlace = z.output<typeof ResidencePlace>;

/**
 * Legal status in the country of residence. Asylum and irregular status are special categories
 * (DOMAIN.md "Sensitivity") and deliberately not representable.
 */
export const residenceStatuses = [
  'citizen',
  'permanent-resident',
  'temporary-resident',
  'student',
  'other',
  'undisclosed',
] as const;
export type ResidenceStatus = (typeof residenceStatuses)[number];

export const generations = ['emigrant', 'descendant'] as const;
export type Generation = (typeof generations)[number];

export const returnIntentions = ['no', 'undecided', 'later', 'within-2-years'] as const;
export type ReturnIntention = (typeof returnIntentions)[number];

/** Block 3, residence abroad: the Person fields it owns. */
export const residenceShape = {
  residence: ResidencePlace.optional(),
  emigrationYear: z.int(withCodes).min(1900).max(2200).optional(),
  residenceStatus: z.enum(residenceStatuses, withCodes).optional(),
  generation: z.enum(generations, withCodes).optional(),
  intentionToReturn: z.enum(returnIntentions, withCodes).optional(),
};
