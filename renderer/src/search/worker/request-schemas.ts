import { z } from 'zod';
import { supportedLocales } from '../../../../shared/i18n/locales';
import { facetIds, memberSortKeys } from '../member-search-types';

export const LocaleSchema = z.enum(supportedLocales);

const text = z.string().max(500);
const parts = z.object({
  given: text.optional(),
  family: text.optional(),
  other: text.optional(),
});

export const MemberQuerySchema = z.object({
  text: text,
  filters: z.partialRecord(z.enum(facetIds), z.array(z.string().max(40)).max(300).readonly()),
  sort: z.enum(memberSortKeys),
  descending: z.boolean().optional(),
});

/** What the duplicate check reads of a person being registered (a form's partial values). */
export const DuplicateProbeSchema = z.object({
  names: z
    .object({
      latin: parts.optional(),
      arabic: parts.optional(),
      ethiopic: parts.optional(),
      passport: parts.optional(),
    })
    .optional(),
  dateOfBirth: z.object({ year: z.number() }).optional(),
  phones: z.array(z.object({ number: text })).optional(),
  email: text.optional(),
  documents: z
    .array(z.object({ number: text, issuingCountry: z.object({ code: text }).optional() }))
    .optional(),
  residence: z.object({ country: z.object({ code: text }) }).optional(),
});

export const RecordChangeSchema = z.object({
  id: z.string(),
  type: z.string().nullable(),
  deleted: z.boolean(),
});
