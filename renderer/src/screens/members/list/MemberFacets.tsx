import { Button, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  facetIds,
  type FacetId,
  type MemberSearchResult,
} from '../../../search/member-search-types';
import { FacetGroup } from './FacetGroup';
import type { MemberFilters } from './use-member-query';
import classes from './MemberList.module.css';

interface MemberFacetsProps {
  facets: MemberSearchResult['facets'] | undefined;
  filters: MemberFilters;
  label(facet: FacetId, value: string): string;
  onToggle(facet: FacetId, value: string, checked: boolean): void;
  onClear(): void;
}

/** The filters with counts (one per facet of the index); OR within a filter, AND across them. */
export function MemberFacets({ facets, filters, label, onToggle, onClear }: MemberFacetsProps) {
  const { t } = useTranslation();
  const active = Object.keys(filters).length > 0;
  return (
    <aside className={classes.facets} aria-labelledby="member-facets-title">
      <Title order={2} size="h4" id="member-facets-title" mb="sm">
        {t('memberList.filters')}
      </Title>
      {active && (
        <Button variant="default" size="compact-sm" mb="sm" onClick={onClear}>
          {t('memberList.clearFilters')}
        </Button>
      )}
      {facetIds.map((facet) => (
        <FacetGroup
          key={facet}
          legend={t(`memberList.facets.${facet}`)}
          counts={facets?.[facet] ?? []}
          selected={filters[facet] ?? []}
          label={(value) => label(facet, value)}
          onToggle={(value, checked) => onToggle(facet, value, checked)}
        />
      ))}
    </aside>
  );
}
