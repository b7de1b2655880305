import { z } from 'zod';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { RecordId } from './record-id';
import { textField } from './text-field';

/**
 * Region of origin (ISO 3166-2), then optionally the national administrative area below it
 * and a locality. High risk: origin can expose a person or their family.
 */
export const Origin = z
  .object(
    {
      region: coded('iso-3166-2'),
      adminArea: coded('national-admin-area').optional(),
      locality: textField().optional(),
    },
    withCodes,
  )
  .check((ctx) => {
    const { region, adminArea } = ctx.value;
    const country = region.code.slice(0, 2);
    if (adminArea && !adminArea.code.startsWith(`${country}-`)) {
      ctx.issues.push({
        code: 'custom',
        message: 'subdivision-mismatch',
        input: adminArea,
        path: ['adminArea'],
      });
    }
  });
export type Origin = z.output<typeof Origin>;

/** A hometown association: a known Organisation record, or just its name. */
export const HometownAssociation = z
  .object({ organisationId: RecordId.optional(), name: textField().optional() }, withCodes)
  .check((ctx) => {
    if (ctx.value.organisationId === undefined && ctx.value.name === undefined) {
      ctx.issues.push({ code: 'custom', message: 'association-required', input: ctx.value });
    }
  });
export type HometownAssociation = z.output<typeof HometownAssociation>;

/** Block 4, origin links: the Person fields it owns. */
export const originShape = {
  origin: Origin.optional(),
  hometownAssociation: HometownAssociation.optional(),
};
