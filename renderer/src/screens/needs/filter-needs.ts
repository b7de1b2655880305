import { foldForSearch } from '../../../../shared/codelists/lazy';
import type { MissionRequest, MissionStatus } from '../../../../shared/domain/mission-request';
import type { Visible } from '../../store';

export const needSortKeys = ['updated', 'start', 'title'] as const;
export type NeedSortKey = (typeof needSortKeys)[number];

export interface NeedFilter {
  /** Words to find in the title, description, skills, host name or occupation label. */
  readonly text: string;
  readonly status: MissionStatus | null;
  readonly sort: NeedSortKey;
}

type Need = Visible<MissionRequest>;

/** Extra words a need is found by that the record holds as ids or codes (host, occupation). */
export type NeedWords = (need: Need) => string;

function compare(sort: NeedSortKey, collator: Intl.Collator): (a: Need, b: Need) => number {
  switch (sort) {
    case 'updated':
      return (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
    case 'start':
      // Soonest first; needs without a start date last.
      return (a, b) =>
        (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || a.id.localeCompare(b.id);
    case 'title':
      return (a, b) => collator.compare(a.title ?? '', b.title ?? '') || a.id.localeCompare(b.id);
    default: {
      const unknown: never = sort;
      return unknown;
    }
  }
}

/** The needs matching the filter, in its order. Every word typed must be found somewhere. */
export function filterNeeds(
  needs: readonly Need[],
  filter: NeedFilter,
  words: NeedWords,
  locale: string,
): Need[] {
  const wanted = foldForSearch(filter.text)
    .split(' ')
    .filter((w) => w !== '');
  const shown = needs.filter((need) => {
    if (filter.status !== null && need.status !== filter.status) return false;
    if (wanted.length === 0) return true;
    const haystack = foldForSearch(
      [need.title, need.description, ...(need.skills ?? []), words(need)].join(' '),
    );
    return wanted.every((word) => haystack.includes(word));
  });
  return shown.sort(compare(filter.sort, new Intl.Collator(locale)));
}
