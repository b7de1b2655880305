import type { CodeListId } from '../domain/coded';

/** The lists the project authors itself as versioned JSON in ./data, with labels per locale. */
export const authoredListIds = ['isco-08', 'isced-2011', 'isced-f-2013', 'isic-rev4'] as const;
export type AuthoredListId = (typeof authoredListIds)[number];

/** The lists built at run time from npm packages and Intl.DisplayNames. */
export const packageListIds = ['iso-3166-1', 'iso-3166-2', 'iso-639-3', 'iso-4217'] as const;
export type PackageListId = (typeof packageListIds)[number];

/**
 * Every international standard list this module serves. A subset of the domain's CodeListId:
 * the project's own lists (consultation topics, national administrative areas) live elsewhere.
 */
export const standardCodeListIds = [
  ...authoredListIds,
  ...packageListIds,
] as const satisfies readonly CodeListId[];
export type StandardCodeListId = AuthoredListId | PackageListId;

export function isAuthoredListId(id: StandardCodeListId): id is AuthoredListId {
  return (authoredListIds as readonly string[]).includes(id);
}

export function isStandardCodeListId(value: unknown): value is StandardCodeListId {
  return typeof value === 'string' && (standardCodeListIds as readonly string[]).includes(value);
}
