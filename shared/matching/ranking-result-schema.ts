import { z } from 'zod';
import { proficiencies } from '../domain/skills-languages';
import { occupationLevels, type RankingResult } from './match-types';

const points = { points: z.number(), maxPoints: z.number() };

const MatchReasonSchema = z.discriminatedUnion('criterion', [
  z.object({
    criterion: z.literal('occupation'),
    level: z.enum(occupationLevels),
    code: z.string().optional(),
    ...points,
  }),
  z.object({
    criterion: z.literal('skills'),
    matched: z.array(z.string()),
    wanted: z.number(),
    ...points,
  }),
  z.object({
    criterion: z.literal('languages'),
    levels: z.array(z.object({ code: z.string(), proficiency: z.enum(proficiencies).optional() })),
    ...points,
  }),
  z.object({
    criterion: z.literal('availability'),
    mode: z.boolean(),
    duration: z.boolean(),
    ...points,
  }),
  z.object({
    criterion: z.literal('region'),
    level: z.enum(['region', 'country', 'none']),
    ...points,
  }),
  z.object({
    criterion: z.literal('sector'),
    level: z.enum(['exact', 'section', 'none']),
    ...points,
  }),
  z.object({ criterion: z.literal('experience'), years: z.number(), ...points }),
]);

/** A ranking as it crosses a boundary (the search worker's reply), checked before use. */
export const RankingResultSchema = z.object({
  matches: z.array(
    z.object({ id: z.string(), score: z.number(), reasons: z.array(MatchReasonSchema) }),
  ),
  eligible: z.number(),
  excluded: z.object({ restricted: z.number(), noContactConsent: z.number() }),
}) satisfies z.ZodType<RankingResult>;
