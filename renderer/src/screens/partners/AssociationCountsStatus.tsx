import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssociationCounts } from './use-association-counts';

/**
 * While the members index is still reading the members: how far it is (counts come when it
 * has read them all). When counting failed: what to do. Nothing once counted.
 */
export function AssociationCountsStatus({ state }: { state: AssociationCounts }) {
  const { t } = useTranslation();
  switch (state.phase) {
    case 'ready':
      return null;
    case 'failed':
      return (
        <Alert color="red" role="alert">
          {t('associations.members.failed')}
        </Alert>
      );
    case 'waiting': {
      const { done, total } = state.progress;
      const label = t('associations.members.waiting', { done, total });
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
