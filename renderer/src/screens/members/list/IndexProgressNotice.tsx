import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndexProgress } from '../../../search/member-search-types';

/** While the index loads: how far it is (the list is already usable); if it fails: what to do. */
export function IndexProgressNotice({ progress }: { progress: IndexProgress }) {
  const { t } = useTranslation();
  switch (progress.phase) {
    case 'idle':
    case 'ready':
      return null;
    case 'failed':
      return (
        <Alert color="red" role="alert">
          {t('memberList.progress.failed')}
        </Alert>
      );
    case 'loading':
    case 'indexing': {
      const counts = { done: progress.done, total: progress.total };
      const text =
        progress.phase === 'loading'
          ? t('memberList.progress.loading', counts)
          : t('memberList.progress.indexing', counts);
      const percent = progress.total > 0 ? (100 * progress.done) / progress.total : 0;
      return (
        <Stack gap={4}>
          <Text size="sm">{text}</Text>
          <Progress value={percent} aria-label={t('memberList.progress.label')} size="sm" />
        </Stack>
      );
    }
    default: {
      const unknown: never = progress.phase;
      return unknown;
    }
  }
}
