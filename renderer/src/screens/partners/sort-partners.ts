import type { PartnerInstitution } from '../../../../shared/domain/organisation';
import type { Visible } from '../../store';

export const partnerSorts = ['name', 'type', 'expiry'] as const;
export type PartnerSort = (typeof partnerSorts)[number];

type Partner = Visible<PartnerInstitution>;

/**
 * Filters partners by a search over name, type label and agreement reference, then sorts them.
 * Expiry sorts soonest first, partners without an agreement last.
 */
export function filterAndSortPartners(
  partners: readonly Partner[],
  query: string,
  sort: PartnerSort,
  typeLabel: (partner: Partner) => string,
  collator: Intl.Collator,
): Partner[] {
  const needle = query.trim().toLocaleLowerCase();
  const matches = partners.filter((p) => {
    if (needle === '') return true;
    const haystack = [p.name ?? '', typeLabel(p), p.dataSharingAgreement?.reference ?? '']
      .join(' ')
      .toLocaleLowerCase();
    return haystack.includes(needle);
  });
  const byName = (a: Partner, b: Partner) => collator.compare(a.name ?? '', b.name ?? '');
  const compare = (a: Partner, b: Partner): number => {
    switch (sort) {
      case 'name':
        return byName(a, b);
      case 'type':
        return collator.compare(typeLabel(a), typeLabel(b)) || byName(a, b);
      case 'expiry': {
        const x = a.dataSharingAgreement?.expiry ?? '9999';
        const y = b.dataSharingAgreement?.expiry ?? '9999';
        return x.localeCompare(y) || byName(a, b);
      }
    }
  };
  return matches.sort(compare);
}
