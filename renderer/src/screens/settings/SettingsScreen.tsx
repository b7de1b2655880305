import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../shell/LanguageSelect';
import { ScreenTitle } from '../../shell/ScreenTitle';
import { IdleLockForm } from './IdleLockForm';
import { RegistryConnection } from './RegistryConnection';
import { SettingsTransfer } from './SettingsTransfer';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <section>
      <ScreenTitle>{t('settings.title')}</ScreenTitle>
      <Stack gap="xl" maw="40rem">
        <LanguageSelect
          label={t('settings.language.label')}
          description={t('settings.language.description')}
        />
        <IdleLockForm />
        <SettingsTransfer />
        <RegistryConnection />
      </Stack>
    </section>
  );
}
