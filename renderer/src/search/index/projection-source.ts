import { z } from 'zod';

/**
 * What the members index reads of a decrypted person, checked at the worker's boundary. Narrow
 * on purpose: only the fields the list, facets, search and duplicate check use, so 200,000
 * records validate in well under a second (the full Person schema costs ~75 us a record).
 * Records that do not match are counted and left out of the index, never guessed at.
 */
const text = z.string();
const code = z.object({ code: z.string() });
const parts = z.object({ given: text.optional(), family: text.optional(), other: text.optional() });

export const ProjectionSource = z.object({
  id: z.string(),
  type: z.literal('person'),
  updatedAt: z.string(),
  names: z
    .object({
      latin: parts.optional(),
      arabic: parts.optional(),
      ethiopic: parts.optional(),
      passport: parts.optional(),
    })
    .default({}),
  sex: text.optional(),
  dateOfBirth: z.object({ year: z.number() }).optional(),
  phones: z.array(z.object({ number: text })).default([]),
  email: text.optional(),
  documents: z.array(z.object({ type: text, number: text, issuingCountry: code })).default([]),
  residence: z.object({ country: code }).optional(),
  generation: text.optional(),
  origin: z.object({ region: code }).optional(),
  education: z.array(z.unknown()).default([]),
  work: z
    .array(
      z.object({
        occupation: code,
        sector: code.optional(),
        current: z.boolean().optional(),
        yearsOfExperience: z.number().optional(),
      }),
    )
    .default([]),
  skills: z.array(text).default([]),
  languages: z.array(z.object({ language: code, proficiency: text.optional() })).default([]),
  availability: z
    .object({
      modes: z.array(text).default([]),
      durations: z.array(text).default([]),
      remuneration: text.optional(),
    })
    .optional(),
  investmentInterests: z.array(z.object({ type: text })).default([]),
  associationMemberships: z.array(z.unknown()).default([]),
  processingRestricted: z.boolean().default(false),
});
export type ProjectionSource = z.output<typeof ProjectionSource>;
