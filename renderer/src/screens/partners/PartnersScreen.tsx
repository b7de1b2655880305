import { Loader, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { todayOf } from '../../referrals/today';
import { useDeskSession } from '../../session/use-desk-session';
import { navigateTo } from '../../shell/routes';
import { ScreenTitle } from '../../shell/ScreenTitle';
import { StatusMessage } from '../../shell/StatusMessage';
import { AssociationsView } from './AssociationsView';
import { PartnersView } from './PartnersView';
import { useOrganisations } from './use-organisations';

type Tab = 'institutions' | 'associations';

/**
 * Partner institutions (`#/partners`, `/new`, `/<id>`) and diaspora associations
 * (`#/partners/associations`, `/associations/new`, `/associations/<id>`).
 */
export function PartnersScreen({ path }: { path: readonly string[] }) {
  const { t } = useTranslation();
  const { store } = useDeskSession();
  const storeError = useStoreErrorMessage();
  const organisations = useOrganisations();
  const tab: Tab = path[0] === 'associations' ? 'associations' : 'institutions';
  const today = todayOf(store.clock);
  const { result, all } = organisations;
  return (
    <section>
      <ScreenTitle>{t('partners.title')}</ScreenTitle>
      <Tabs
        value={tab}
        onChange={(value) =>
          value === 'associations' ? navigateTo('partners', 'associations') : navigateTo('partners')
        }
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="institutions">{t('partners.tabs.institutions')}</Tabs.Tab>
          <Tabs.Tab value="associations">{t('associations.tab')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {result === null && <Loader aria-label={t('shell.loading')} />}
      {result?.ok === false && (
        <StatusMessage tone="error">{storeError(result.error)}</StatusMessage>
      )}
      {all !== null && tab === 'institutions' && (
        <PartnersView
          path={path}
          organisations={all}
          today={today}
          onSaved={organisations.reload}
        />
      )}
      {all !== null && tab === 'associations' && (
        <AssociationsView path={path.slice(1)} organisations={all} onSaved={organisations.reload} />
      )}
    </section>
  );
}
