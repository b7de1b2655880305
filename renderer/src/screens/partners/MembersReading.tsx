import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import type { AssociationMembers } from './use-association-members';

/** While the members are read: how far it is. When it failed: what to do. Nothing once ready. */
export function MembersReading({ state }: { state: AssociationMembers }) {
  const { t } = useTranslation();
  const storeError = useStoreErrorMessage();
  switch (state.phase) {
    case 'ready':
      return null;
    case 'failed':
      return (
        <Alert color="red" role="alert">
          {t('associations.members.failed', { reason: storeError(state.error) })}
        </Alert>
      );
    case 'reading': {
      const { done, total } = state.progress;
      const label = t('associations.members.reading', { done, total });
      return (
        <Stack gap={4}>
          <Text size="sm">{label}</Text>
          <Progress value={total > 0 ? (100 * done) / total : 0} aria-label={label} size="sm" />
        </Stack>
      );
    }
    default:
      return state satisfies never;
  }
}
