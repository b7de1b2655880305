import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../shell/StatusMessage';
import { RecoveryKeySheet } from './RecoveryKeySheet';

interface RecoveryKeyStepProps {
  recoveryKey: string;
  officeName?: string;
  createdAt: Date;
  /** The key has been stored: it is dropped and never shown again. */
  onDone: () => void;
  doneLabel: string;
  headingOrder?: 1 | 2;
}

/** Shows a new recovery key once, with Print, and asks for confirmation that it is stored. */
export function RecoveryKeyStep({
  recoveryKey,
  officeName,
  createdAt,
  onDone,
  doneLabel,
  headingOrder,
}: RecoveryKeyStepProps) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const [asked, setAsked] = useState(false);
  const done = () => (stored ? onDone() : setAsked(true));
  return (
    <Stack gap="md">
      <RecoveryKeySheet
        recoveryKey={recoveryKey}
        officeName={officeName}
        createdAt={createdAt}
        headingOrder={headingOrder}
      />
      <Text>{t('recoveryKey.explain')}</Text>
      <Text fw={700}>{t('recoveryKey.once')}</Text>
      <Group>
        <Button variant="default" onClick={() => window.print()}>
          {t('recoveryKey.print')}
        </Button>
      </Group>
      <Checkbox
        label={t('recoveryKey.confirm')}
        checked={stored}
        onChange={(event) => {
          setStored(event.currentTarget.checked);
          setAsked(false);
        }}
      />
      {asked && !stored && (
        <StatusMessage tone="error">{t('recoveryKey.confirmFirst')}</StatusMessage>
      )}
      <Group>
        <Button onClick={done}>{doneLabel}</Button>
      </Group>
    </Stack>
  );
}
