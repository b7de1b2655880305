import { Anchor, Group, Pagination, Select, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerInstitution } from '../../../../shared/domain/organisation';
import { agreementStatus } from '../../../../shared/referrals/agreement-status';
import { hashForRoute } from '../../shell/routes';
import type { Visible } from '../../store';
import { AgreementBadge } from './AgreementBadge';
import { countryName } from './country-name';
import { filterAndSortPartners, partnerSorts, type PartnerSort } from './sort-partners';

const PAGE_SIZE = 25;

interface PartnerListProps {
  partners: readonly Visible<PartnerInstitution>[];
  today: string;
}

/** Partner institutions: search, sort and pages of 25, each with its agreement's state. */
export function PartnerList({ partners, today }: PartnerListProps) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<PartnerSort>('name');
  const [page, setPage] = useState(1);
  const shown = useMemo(
    () =>
      filterAndSortPartners(
        partners,
        query,
        sort,
        (p) => t(`partners.types.${p.institutionType ?? 'ministry'}`),
        new Intl.Collator(i18n.language),
      ),
    [partners, query, sort, t, i18n.language],
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return (
    <section aria-labelledby="partner-list-title">
      <Text component="h2" fw={600} size="lg" id="partner-list-title" mb="sm">
        {t('partners.list.title')}
      </Text>
      <Group align="end" mb="sm">
        <TextInput
          label={t('partners.list.search')}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setPage(1);
          }}
          type="search"
        />
        <Select
          label={t('partners.list.sort')}
          data={partnerSorts.map((s) => ({ value: s, label: t(`partners.list.sortBy.${s}`) }))}
          value={sort}
          onChange={(value) => setSort((value as PartnerSort | null) ?? 'name')}
          allowDeselect={false}
        />
      </Group>
      {shown.length === 0 ? (
        <Text>{partners.length === 0 ? t('partners.list.empty') : t('partners.list.noMatch')}</Text>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('partners.fields.name')}</Table.Th>
              <Table.Th scope="col">{t('partners.fields.institutionType')}</Table.Th>
              <Table.Th scope="col">{t('partners.fields.country')}</Table.Th>
              <Table.Th scope="col">{t('partners.agreement.title')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor href={hashForRoute('partners', p.id)}>{p.name}</Anchor>
                </Table.Td>
                <Table.Td>{t(`partners.types.${p.institutionType ?? 'ministry'}`)}</Table.Td>
                <Table.Td>{p.country ? countryName(p.country.code, i18n.language) : ''}</Table.Td>
                <Table.Td>
                  <AgreementBadge state={agreementStatus(p.dataSharingAgreement, today)} />{' '}
                  {p.dataSharingAgreement?.expiry ?? ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && (
        <Pagination
          mt="sm"
          total={pages}
          value={current}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': t(`partners.list.page.${control}`) })}
          getItemProps={(n) => ({ 'aria-label': t('partners.list.pageN', { n }) })}
        />
      )}
      <Text size="sm" mt="xs" role="status">
        {t('partners.list.count', { n: shown.length })}
      </Text>
    </section>
  );
}
