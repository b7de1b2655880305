import type { PackageListId } from './code-list-ids';

/**
 * The version stored with codes from the package-built lists: the date of the data snapshot.
 * Bump it together with the package, and keep the package version named here.
 */
export const packageListVersions: Readonly<Record<PackageListId, string>> = {
  // i18n-iso-countries 7.14.0 (released 2025-07-17): ISO 3166-1 alpha-2 codes and names.
  'iso-3166-1': '2025-07-17',
  // iso-3166 4.4.0 (released 2026-03-05): ISO 3166-2 subdivisions with English names.
  'iso-3166-2': '2026-03-05',
  // iso-639-3 3.0.1 (released 2024-12-12): the SIL ISO 639-3 code table.
  'iso-639-3': '2024-12-12',
  // currency-codes 2.2.0: ISO 4217 list one published 2024-06-25 (its `publishDate`).
  'iso-4217': '2024-06-25',
};
