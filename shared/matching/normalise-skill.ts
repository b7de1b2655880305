import { foldForSearch } from '../codelists/fold-for-search';

/**
 * A skill tag in the form matching compares: folded like search text (case, diacritics, Arabic
 * letter variants) with hyphens, underscores and slashes read as spaces, so "Solar-PV",
 * "solar pv" and "Solar_PV" are one skill.
 */
export function normaliseSkill(tag: string): string {
  return foldForSearch(tag.replace(/[-_/]+/g, ' '));
}
