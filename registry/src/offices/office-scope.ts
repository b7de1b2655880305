import { z } from 'zod';
import { codePatterns } from '../../../shared/domain/coded';

const Country = z.string().regex(codePatterns['iso-3166-1']);
const Region = z.string().regex(codePatterns['iso-3166-2']);

/**
 * What an office sees beyond the records it created: everything (headquarters), the people living
 * in some countries (an embassy), or the people from some regions of the home country.
 */
export const OfficeScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('national') }).strict(),
  z.object({ kind: z.literal('residence'), countries: z.array(Country).min(1).max(250) }).strict(),
  z.object({ kind: z.literal('regions'), regions: z.array(Region).min(1).max(500) }).strict(),
]);
export type OfficeScope = z.output<typeof OfficeScope>;
