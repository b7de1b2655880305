import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncFailureCode } from '../../sync/sync-failure';

/** A sync failure in words, with what to do. */
export function SyncErrorAlert({ code }: { code: SyncFailureCode }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert">
      {t(`sync.error.${code}`)}
    </Alert>
  );
}
