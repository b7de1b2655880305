import { Group, Pagination, Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { Referral } from '../../../../shared/domain/referral';
import { referralStatuses, type ReferralStatus } from '../../../../shared/domain/referral-status';
import { ReferralTable } from '../../referrals/ReferralTable';
import { usePeople } from '../../referrals/use-people';
import type { Visible } from '../../store';

const PAGE_SIZE = 25;

interface AllReferralsViewProps {
  referrals: readonly Visible<Referral>[];
  partners: ReadonlyMap<string, Visible<Organisation>>;
  onChanged: () => void;
}

/** Every referral of the office, newest change first, filtered by status, 25 a page. */
export function AllReferralsView({ referrals, partners, onChanged }: AllReferralsViewProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReferralStatus | null>(null);
  const [page, setPage] = useState(1);
  const shown = useMemo(
    () => (status === null ? referrals : referrals.filter((r) => r.status === status)),
    [referrals, status],
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const { names } = usePeople(rows.flatMap((r) => (r.personId ? [r.personId] : [])));
  return (
    <div>
      <Group mb="sm">
        <Select
          label={t('referrals.list.filterStatus')}
          placeholder={t('referrals.list.anyStatus')}
          data={referralStatuses.map((s) => ({ value: s, label: t(`referrals.status.${s}`) }))}
          value={status}
          onChange={(v) => {
            setStatus(v as ReferralStatus | null);
            setPage(1);
          }}
          clearable
        />
      </Group>
      <ReferralTable
        referrals={rows}
        partners={partners}
        memberNames={names}
        onChanged={onChanged}
      />
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
        {t('referrals.list.count', { n: shown.length })}
      </Text>
    </div>
  );
}
