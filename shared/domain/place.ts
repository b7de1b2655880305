import { z } from 'zod';
import { coded, isSubdivisionOf } from './coded';
import { withCodes } from './domain-error-codes';
import { textField } from './text-field';

type Located = { country: { code: string }; subdivision?: { code: string } | undefined };

/** Adds the rule that an ISO 3166-2 subdivision must belong to the record's country. */
export function subdivisionInCountry(ctx: z.core.ParsePayload<Located>): void {
  const { country, subdivision } = ctx.value;
  if (subdivision && !isSubdivisionOf(subdivision.code, country.code)) {
    ctx.issues.push({
      code: 'custom',
      message: 'subdivision-mismatch',
      input: subdivision,
      path: ['subdivision'],
    });
  }
}

/** A country, optionally a subdivision of it, optionally a town or city by name. */
export const Place = z
  .object(
    {
      country: coded('iso-3166-1'),
      subdivision: coded('iso-3166-2').optional(),
      locality: textField().optional(),
    },
    withCodes,
  )
  .check(subdivisionInCountry);
export type Place = z.output<typeof Place>;
