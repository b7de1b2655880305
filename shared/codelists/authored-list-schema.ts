import { z } from 'zod';
import { authoredListIds } from './code-list-ids';

const label = z.string().trim().min(1);
const allLabels = z.object({ en: label, fr: label, ar: label, pt: label });

/** The shape of every authored list in ./data: one label per interface locale, never fewer. */
export const authoredListSchema = z.object({
  id: z.enum(authoredListIds),
  version: z.string().min(1).max(40),
  title: allLabels,
  source: z.string().min(1),
  labelsFollowEsco: z.boolean(),
  items: z
    .array(
      z.object({
        code: z.string().min(1),
        level: z.number().int().min(1),
        parent: z.string().min(1).nullable(),
        labels: allLabels,
      }),
    )
    .min(1),
});

export type AuthoredListJson = z.infer<typeof authoredListSchema>;
