import { z } from 'zod';
import { codePatterns } from '../../domain/coded';

/**
 * What an office may see besides what it created (DESIGN.md "Scopes"): everything, the people
 * living in some countries (consular desks), or the people linked to some regions (regional
 * offices: region of origin or of an investment interest).
 */
export const Scope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('national') }),
  z.object({
    kind: z.literal('residence'),
    countries: z.array(z.string().regex(codePatterns['iso-3166-1'])).min(1),
  }),
  z.object({
    kind: z.literal('regions'),
    regions: z.array(z.string().regex(codePatterns['iso-3166-2'])).min(1),
  }),
]);
export type Scope = z.output<typeof Scope>;

/** One office's scope: its grant, and its id (an office always sees what it created). */
export interface OfficeScope {
  readonly officeId: string;
  readonly scope: Scope;
}

/**
 * What scope decisions need to know about a record. `everyone`: reference data (partner
 * institutions, mission requests, offices). `creators`: only the offices listed (staff accounts).
 * `person`: a person, or a record about one, seen by scope through the person's facts.
 */
export type ScopeFacts =
  | { readonly visibility: 'everyone' }
  | { readonly visibility: 'creators'; readonly creators: readonly string[] }
  | {
      readonly visibility: 'person';
      readonly creators: readonly string[];
      readonly residenceCountry: string | null;
      /** ISO 3166-2 regions and national admin areas linked to the person. */
      readonly regions: readonly string[];
    };
