import { Button, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDesktop } from '../../bridge/desktop';
import { useSettings } from '../../settings/use-settings';
import {
  parseSettingsFile,
  serializeSettingsFile,
  settingsFileName,
} from '../../settings/settings-file';
import { StatusMessage } from '../../shell/StatusMessage';
import { useTransferMessage, type TransferOutcome } from './use-transfer-message';

/** Exports the settings to a JSON file and imports them back, through the desktop file API. */
export function SettingsTransfer() {
  const { t } = useTranslation();
  const { settings, save } = useSettings();
  const [outcome, setOutcome] = useState<TransferOutcome | null>(null);
  const message = useTransferMessage();
  const filters = [{ name: t('settings.transfer.fileFilter'), extensions: ['json'] }];

  const exportSettings = async () => {
    const result = await getDesktop().file.save({
      suggestedName: settingsFileName,
      mimeType: 'application/json',
      content: serializeSettingsFile(settings, new Date()),
      filters,
    });
    if (!result.ok) setOutcome({ kind: 'ipc-error', code: result.error.code });
    else setOutcome(result.value.saved ? { kind: 'exported' } : null);
  };

  const importSettings = async () => {
    const opened = await getDesktop().file.open({ filters });
    if (!opened.ok) return setOutcome({ kind: 'ipc-error', code: opened.error.code });
    if (opened.value === null) return setOutcome(null);
    const file = parseSettingsFile(opened.value.content);
    if (!file.ok) return setOutcome({ kind: 'file-error', code: file.error.code });
    const saved = await save(file.value.settings);
    setOutcome(
      saved.ok
        ? { kind: 'imported', fileName: opened.value.name, exportedAt: file.value.exportedAt }
        : { kind: 'ipc-error', code: saved.error.code },
    );
  };

  return (
    <section aria-labelledby="settings-transfer-title">
      <Title order={2} size="h3" id="settings-transfer-title" mb="sm">
        {t('settings.transfer.title')}
      </Title>
      <Text mb="md">{t('settings.transfer.description')}</Text>
      <Group>
        <Button variant="default" onClick={exportSettings}>
          {t('settings.transfer.export')}
        </Button>
        <Button variant="default" onClick={importSettings}>
          {t('settings.transfer.import')}
        </Button>
      </Group>
      {outcome && <StatusMessage {...message(outcome)} />}
    </section>
  );
}
