import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreErrorMessage } from '../i18n/use-store-error-message';
import { useActiveSession } from '../session/use-desk-session';
import { StatusMessage } from '../shell/StatusMessage';
import { canViewHighRisk, repositoryFor, type StoreError } from '../store';

type Shown = { kind: 'notes'; notes: string } | { kind: 'failed'; error: StoreError } | null;

/**
 * A consultation's notes are high risk: lists never hold them. A role allowed to read them opens
 * them on purpose, and the store logs that read (`view-high-risk`).
 */
export function ConsultationNotes({ id, label }: { id: string; label: string }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const storeError = useStoreErrorMessage();
  const [shown, setShown] = useState<Shown>(null);
  if (!session || !canViewHighRisk(session.role)) {
    return <Text size="sm">{t('consultations.notes.restricted')}</Text>;
  }
  if (shown?.kind === 'notes') {
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {shown.notes === '' ? t('consultations.notes.none') : shown.notes}
      </Text>
    );
  }
  const open = async () => {
    const result = await repositoryFor('consultation').get(session, id);
    setShown(
      result.ok
        ? { kind: 'notes', notes: result.value.record.notes ?? '' }
        : { kind: 'failed', error: result.error },
    );
  };
  return (
    <div>
      <Button size="xs" variant="subtle" onClick={() => void open()} aria-label={label}>
        {t('consultations.notes.show')}
      </Button>
      {shown?.kind === 'failed' && (
        <StatusMessage tone="error">{storeError(shown.error)}</StatusMessage>
      )}
    </div>
  );
}
