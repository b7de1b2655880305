import { z } from 'zod';
import { withCodes } from './domain-error-codes';
import { RecordId } from './record-id';
import { textField } from './text-field';
import { InvestmentInterest } from './investment-interest';
import { uniqueList } from './unique-list';

export const availabilityModes = ['on-site', 'virtual', 'distance-teaching', 'return'] as const;
export type AvailabilityMode = (typeof availabilityModes)[number];

/** Mission lengths, shared by a person's availability and an institution's mission request. */
export const missionDurations = [
  'under-2-weeks',
  '2-weeks-to-3-months',
  '3-to-6-months',
  '6-to-18-months',
  'over-18-months',
] as const;
export type MissionDuration = (typeof missionDurations)[number];

export const remunerations = ['volunteer', 'paid', 'either'] as const;
export type Remuneration = (typeof remunerations)[number];

const month = () => z.int(withCodes).min(1).max(12);

/** A yearly window, month to month inclusive; `from` after `to` wraps over the new year. */
export const MonthRange = z.object({ fromMonth: month(), toMonth: month() }, withCodes);
export type MonthRange = z.output<typeof MonthRange>;

/** Whether and how the person would contribute. No mode means not willing (yet). */
export const Availability = z.object(
  {
    modes: uniqueList(
      z.enum(availabilityModes, withCodes),
      (m) => m,
      availabilityModes.length,
    ).default([]),
    durations: uniqueList(
      z.enum(missionDurations, withCodes),
      (d) => d,
      missionDurations.length,
    ).default([]),
    daysPerYear: z.int(withCodes).min(1).max(366).optional(),
    periods: z.array(MonthRange, withCodes).max(12, { error: 'too-many' }).default([]),
    remuneration: z.enum(remunerations, withCodes).optional(),
  },
  withCodes,
);
export type Availability = z.output<typeof Availability>;

export const membershipRoles = ['member', 'officer', 'founder'] as const;

/** Membership of a diaspora association: a known Organisation record, or just its name. */
export const AssociationMembership = z
  .object(
    {
      organisationId: RecordId.optional(),
      name: textField().optional(),
      role: z.enum(membershipRoles, withCodes).optional(),
    },
    withCodes,
  )
  .check((ctx) => {
    if (ctx.value.organisationId === undefined && ctx.value.name === undefined) {
      ctx.issues.push({ code: 'custom', message: 'association-required', input: ctx.value });
    }
  });
export type AssociationMembership = z.output<typeof AssociationMembership>;

/** Block 7, contribution: the Person fields it owns. */
export const contributionShape = {
  availability: Availability.optional(),
  investmentInterests: z
    .array(InvestmentInterest, withCodes)
    .max(10, { error: 'too-many' })
    .default([]),
  associationMemberships: z
    .array(AssociationMembership, withCodes)
    .max(20, { error: 'too-many' })
    .default([]),
};
