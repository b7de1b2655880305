import { z } from 'zod';
import { withCodes } from './domain-error-codes';

/**
 * Code lists a coded value may come from. International standards first, then the project's
 * own lists (consultation topics; national administrative areas below ISO 3166-2).
 */
export const codeListIds = [
  'iso-3166-1',
  'iso-3166-2',
  'iso-639-3',
  'iso-4217',
  'isco-08',
  'isic-rev4',
  'isced-2011',
  'isced-f-2013',
  'consultation-topic',
  'national-admin-area',
] as const;
export type CodeListId = (typeof codeListIds)[number];

/** The shape of a code in each list. Membership in the list is checked by the code lists. */
export const codePatterns: Record<CodeListId, RegExp> = {
  'iso-3166-1': /^[A-Z]{2}$/,
  'iso-3166-2': /^[A-Z]{2}-[A-Z0-9]{1,3}$/,
  'iso-639-3': /^[a-z]{3}$/,
  'iso-4217': /^[A-Z]{3}$/,
  'isco-08': /^\d{1,4}$/,
  'isic-rev4': /^(?:[A-U]|\d{2,4})$/,
  'isced-2011': /^\d$/,
  'isced-f-2013': /^\d{2,4}$/,
  'consultation-topic': /^[a-z0-9][a-z0-9-]{0,63}$/,
  'national-admin-area': /^[A-Z]{2}(?:-[A-Z0-9]{1,10}){1,5}$/,
};

/**
 * A coded value: the list it comes from, the list's version and the code. Never a label.
 * `coded('isco-08')` accepts any version; `coded('isco-08', '2008')` pins one version.
 */
export function coded<L extends CodeListId>(list: L, version?: string) {
  return z.object(
    {
      list: z.literal(list, withCodes),
      version:
        version === undefined
          ? z.string(withCodes).min(1, { error: 'required' }).max(40)
          : z.literal(version, withCodes),
      code: z.string(withCodes).regex(codePatterns[list], { error: 'invalid-code' }),
    },
    withCodes,
  );
}

export type Coded<L extends CodeListId = CodeListId> = { list: L; version: string; code: string };

/** Whether an ISO 3166-2 subdivision code belongs to an ISO 3166-1 alpha-2 country. */
export function isSubdivisionOf(subdivision: string, country: string): boolean {
  return subdivision.startsWith(`${country}-`);
}
