import { NumberInput, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { Referral } from '../../../../shared/domain/referral';
import {
  DEFAULT_RESPONSE_DAYS,
  overdueReferrals,
} from '../../../../shared/referrals/overdue-referrals';
import { ReferralTable } from '../../referrals/ReferralTable';
import { usePeople } from '../../referrals/use-people';
import type { Visible } from '../../store';

interface OverdueViewProps {
  referrals: readonly Visible<Referral>[];
  partners: ReadonlyMap<string, Visible<Organisation>>;
  today: string;
  onChanged: () => void;
}

type Tracked = Visible<Referral> & Pick<Referral, 'status' | 'statusHistory' | 'reminders'>;

function isTracked(r: Visible<Referral>): r is Tracked {
  return r.status !== undefined && r.statusHistory !== undefined && r.reminders !== undefined;
}

/** Referrals the partner has not answered for N days (N chosen here), longest wait first. */
export function OverdueView({ referrals, partners, today, onChanged }: OverdueViewProps) {
  const { t } = useTranslation();
  const [days, setDays] = useState(DEFAULT_RESPONSE_DAYS);
  const overdue = useMemo(
    () => overdueReferrals(referrals.filter(isTracked), today, days),
    [referrals, today, days],
  );
  const waiting = useMemo(
    () => new Map(overdue.map((o) => [o.referral.id, o.daysWaiting])),
    [overdue],
  );
  const rows = overdue.map((o) => o.referral);
  const { names } = usePeople(rows.flatMap((r) => (r.personId ? [r.personId] : [])));
  return (
    <Stack>
      <NumberInput
        label={t('referrals.overdue.days')}
        description={t('referrals.overdue.daysHint')}
        value={days}
        onChange={(v) => setDays(typeof v === 'number' && v >= 1 ? Math.floor(v) : 1)}
        min={1}
        max={365}
        maw="16rem"
      />
      {rows.length === 0 ? (
        <Text>{t('referrals.overdue.none', { n: days })}</Text>
      ) : (
        <ReferralTable
          referrals={rows}
          partners={partners}
          memberNames={names}
          daysWaiting={waiting}
          onChanged={onChanged}
        />
      )}
    </Stack>
  );
}
