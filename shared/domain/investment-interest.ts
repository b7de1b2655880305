import { z } from 'zod';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { uniqueList } from './unique-list';

export const investmentTypes = [
  'business-creation',
  'community-project',
  'philanthropy',
  'housing',
  'financial-products',
] as const;
export type InvestmentType = (typeof investmentTypes)[number];

/** Bands in the stated currency's units; exact amounts are high risk and not stored. */
export const amountBands = ['under-10k', '10k-50k', '50k-250k', '250k-1m', 'over-1m'] as const;
export type AmountBand = (typeof amountBands)[number];

export const investmentStages = ['idea', 'planning', 'ready', 'in-progress', 'operating'] as const;
export type InvestmentStage = (typeof investmentStages)[number];

export const investmentNeeds = [
  'financing',
  'land-or-premises',
  'partners',
  'permits',
  'technical-advice',
  'market-information',
  'training',
  'other',
] as const;
export type InvestmentNeed = (typeof investmentNeeds)[number];

export const InvestmentInterest = z
  .object(
    {
      type: z.enum(investmentTypes, withCodes),
      sector: coded('isic-rev4').optional(),
      targetRegion: coded('iso-3166-2').optional(),
      amountBand: z.enum(amountBands, withCodes).optional(),
      currency: coded('iso-4217').optional(),
      stage: z.enum(investmentStages, withCodes).optional(),
      needs: uniqueList(
        z.enum(investmentNeeds, withCodes),
        (n) => n,
        investmentNeeds.length,
      ).default([]),
    },
    withCodes,
  )
  .check((ctx) => {
    if (ctx.value.amountBand !== undefined && ctx.value.currency === undefined) {
      ctx.issues.push({
        code: 'custom',
        message: 'currency-required',
        input: undefined,
        path: ['currency'],
      });
    }
  });
export type InvestmentInterest = z.output<typeof InvestmentInterest>;
