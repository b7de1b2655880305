import { Loader, Tabs } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { todayOf } from '../../referrals/today';
import { useServiceRecords } from '../../referrals/use-service-records';
import { useDeskSession } from '../../session/use-desk-session';
import { navigateTo } from '../../shell/routes';
import { ScreenTitle } from '../../shell/ScreenTitle';
import { StatusMessage } from '../../shell/StatusMessage';
import { AllReferralsView } from './AllReferralsView';
import { DueFollowUpsView } from './DueFollowUpsView';
import { OverdueView } from './OverdueView';
import { ReferralLetter } from './ReferralLetter';

const tabs = ['all', 'overdue', 'follow-ups'] as const;
type Tab = (typeof tabs)[number];

function tabOf(segment: string | undefined): Tab {
  return segment === 'overdue' || segment === 'follow-ups' ? segment : 'all';
}

/**
 * Referrals and follow-ups: `#/referrals` (all), `/overdue`, `/follow-ups` (mine, due),
 * and `/letter/<id>` (the printable letter).
 */
export function ReferralsScreen({ path }: { path: readonly string[] }) {
  const { t } = useTranslation();
  const { store, session } = useDeskSession();
  const storeError = useStoreErrorMessage();
  const service = useServiceRecords();
  const [first, second] = path;
  const result = service.result;
  const partners = useMemo(
    () => new Map(result?.ok === true ? result.value.organisations.map((o) => [o.id, o]) : []),
    [result],
  );
  const tab = tabOf(first);
  const today = todayOf(store.clock);
  return (
    <section>
      <ScreenTitle>{t('referrals.title')}</ScreenTitle>
      {first !== 'letter' && (
        <Tabs
          value={tab}
          onChange={(v) =>
            v === 'all' ? navigateTo('referrals') : navigateTo('referrals', v ?? '')
          }
        >
          <Tabs.List mb="md">
            {tabs.map((name) => (
              <Tabs.Tab key={name} value={name}>
                {t(`referrals.tabs.${name}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      )}
      {result === null && <Loader aria-label={t('shell.loading')} />}
      {result?.ok === false && (
        <StatusMessage tone="error">{storeError(result.error)}</StatusMessage>
      )}
      {result?.ok === true && first === 'letter' && (
        <ReferralLetter
          referral={result.value.referrals.find((r) => r.id === second)}
          partners={partners}
        />
      )}
      {result?.ok === true && first !== 'letter' && tab === 'all' && (
        <AllReferralsView
          referrals={result.value.referrals}
          partners={partners}
          onChanged={service.reload}
        />
      )}
      {result?.ok === true && first !== 'letter' && tab === 'overdue' && (
        <OverdueView
          referrals={result.value.referrals}
          partners={partners}
          today={today}
          onChanged={service.reload}
        />
      )}
      {result?.ok === true && first !== 'letter' && tab === 'follow-ups' && session && (
        <DueFollowUpsView
          consultations={result.value.consultations}
          staffId={session.staffId}
          today={today}
        />
      )}
    </section>
  );
}
