import { Alert, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StartLayout } from '../shell/StartLayout';

/** The office database would not open (storage refused, disk full): says what to try. */
export function StoreUnavailable() {
  const { t } = useTranslation();
  return (
    <StartLayout>
      <Title order={1} mb="md">
        {t('storeUnavailable.title')}
      </Title>
      <Alert color="red" role="alert">
        <Text>{t('storeUnavailable.body')}</Text>
      </Alert>
    </StartLayout>
  );
}
