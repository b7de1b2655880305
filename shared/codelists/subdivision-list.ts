import { iso31662 } from 'iso-3166';
import type { CodeItem, CodeList } from './code-item';
import { packageListVersions } from './package-list-versions';

/** ISO 3166-2 subdivisions. English (romanised) names only: Intl has no subdivision names. */
export function buildSubdivisionList(): CodeList {
  const parentOf = new Map(iso31662.map((entry) => [entry.code, entry.parent]));
  const levelOf = (code: string): number => {
    const parent = parentOf.get(code);
    return parent === undefined ? 0 : 1 + levelOf(parent);
  };
  const items: CodeItem[] = iso31662.map((entry) => ({
    code: entry.code,
    level: levelOf(entry.code),
    parent: entry.parent,
    labels: { en: entry.name },
  }));
  return {
    id: 'iso-3166-2',
    version: packageListVersions['iso-3166-2'],
    title: {
      en: 'Country subdivisions (ISO 3166-2)',
      fr: 'Subdivisions des pays (ISO 3166-2)',
      ar: 'التقسيمات الإدارية للبلدان (ISO 3166-2)',
      pt: 'Subdivisões dos países (ISO 3166-2)',
    },
    source: 'Codes and names: iso-3166 (names as published, not translated).',
    labelsFollowEsco: false,
    items,
  };
}
