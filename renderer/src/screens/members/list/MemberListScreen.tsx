import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMemberSearch } from '../../../search/use-member-search';
import type { MemberSearch } from '../../../search/member-search-types';
import { hashForRoute } from '../../../shell/routes';
import { ScreenTitle } from '../../../shell/ScreenTitle';
import { StatusMessage } from '../../../shell/StatusMessage';
import { IndexProgressNotice } from './IndexProgressNotice';
import { MemberFacets } from './MemberFacets';
import { MemberListEmpty } from './MemberListEmpty';
import { MemberRows } from './MemberRows';
import { MemberSortControls } from './MemberSortControls';
import { useAssociationLabel } from '../../partners/use-association-label';
import { useFacetLabel } from './use-facet-label';
import { progressRefreshKey, useIndexProgress } from './use-index-progress';
import { useListLabels } from './use-list-labels';
import { useMemberQuery } from './use-member-query';
import { useMemberResults } from './use-member-results';
import classes from './MemberList.module.css';

/** `#/members`: search as you type, filters with counts, sort, and the virtualised list. */
export function MemberListScreen(_props: { path: readonly string[] }) {
  return <MemberList search={useMemberSearch()} />;
}

export function MemberList({ search }: { search: MemberSearch }) {
  const { t } = useTranslation();
  const query = useMemberQuery();
  const progress = useIndexProgress(search);
  const results = useMemberResults(search, query.query, progressRefreshKey(progress));
  const listLabel = useListLabels();
  const facetLabel = useFacetLabel(listLabel, useAssociationLabel());
  const indexLoading = progress.phase === 'loading' || progress.phase === 'indexing';
  const total = results.result?.total ?? 0;
  const searched = query.query.text !== '' || query.hasFilters;
  const emptyKind = !searched && !indexLoading ? 'no-members' : 'no-match';

  return (
    <section>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <ScreenTitle>{t('members.title')}</ScreenTitle>
        <Button component="a" href={hashForRoute('members', 'new')}>
          {t('memberList.register')}
        </Button>
      </Group>
      <Stack gap="md">
        <Text>{t('memberList.intro')}</Text>
        <IndexProgressNotice progress={progress} />
        <TextInput
          type="search"
          label={t('memberList.searchLabel')}
          description={t('memberList.searchHint')}
          value={query.text}
          onChange={(event) => query.setText(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          maw="40rem"
        />
        <div className={classes.layout}>
          <MemberFacets
            facets={results.result?.facets}
            filters={query.filters}
            label={facetLabel}
            onToggle={query.toggleFilter}
            onClear={query.clearFilters}
          />
          <Stack gap="sm" className={classes.results}>
            <Group justify="space-between" align="flex-end" wrap="wrap">
              <Text role="status" fw={600}>
                {results.result === null
                  ? ''
                  : t(indexLoading ? 'memberList.totalOfAll' : 'memberList.total', {
                      count: total,
                    })}
              </Text>
              <MemberSortControls
                sort={query.sort}
                descending={query.descending}
                onSort={query.setSort}
                onDescending={query.setDescending}
              />
            </Group>
            {results.error !== null && (
              <StatusMessage tone="error">{t(`memberList.errors.${results.error}`)}</StatusMessage>
            )}
            {results.result !== null && total === 0 && <MemberListEmpty kind={emptyKind} />}
            {total > 0 && (
              <MemberRows
                key={results.generation}
                search={search}
                total={total}
                firstRows={results.result?.firstRows ?? []}
                pending={results.pending}
                label={listLabel}
              />
            )}
          </Stack>
        </div>
      </Stack>
    </section>
  );
}
