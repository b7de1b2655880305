import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../shell/ScreenTitle';

/** Home screen. The registration desk is not built yet, and the screen says so. */
export function MembersScreen(_props: { path: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <section>
      <ScreenTitle>{t('members.title')}</ScreenTitle>
      <Alert color="blue" title={t('members.comingTitle')} maw="40rem">
        <Text>{t('members.comingBody')}</Text>
      </Alert>
    </section>
  );
}
