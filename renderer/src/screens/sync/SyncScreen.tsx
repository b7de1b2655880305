import { Alert, Anchor, Button, Group, NumberInput, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../../session/use-desk-session';
import { hashForRoute } from '../../shell/routes';
import { ScreenTitle } from '../../shell/ScreenTitle';
import type { Session } from '../../store/session';
import type { SyncView } from '../../sync/state/sync-controller';
import { writeIntervalMinutes } from '../../sync/state/sync-meta';
import { useSyncView } from '../../sync/state/use-sync-view';
import { ConflictsInbox } from '../conflicts';
import { RefusedChanges } from './RefusedChanges';
import { SyncErrorAlert } from './SyncErrorAlert';

/** Sync status, "Sync now" with progress and cancel, errors in words, the schedule. */
export function SyncScreen({ path }: { path: readonly string[] }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  return (
    <section>
      <ScreenTitle>{t('sync.title')}</ScreenTitle>
      {path[0] === 'conflicts' ? <ConflictsInbox /> : null}
      {session && path[0] !== 'conflicts' ? <SyncPanel session={session} /> : null}
    </section>
  );
}

function SyncPanel({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const { controller, view } = useSyncView(session);
  if (!view.link) return <Text>{t('sync.notConnected')}</Text>;
  const { status } = view;
  const when = status.lastSyncAt
    ? t('sync.lastSync', { when: new Date(status.lastSyncAt).toLocaleString(i18n.language) })
    : t('sync.never');
  return (
    <Stack gap="md" maw="40rem">
      <Text data-testid="sync-last">{when}</Text>
      <Text data-testid="sync-pending">{t('sync.pending', { count: view.pending })}</Text>
      {view.openConflicts > 0 ? (
        <Group gap="xs">
          <Text>{t('sync.conflicts', { count: view.openConflicts })}</Text>
          <Anchor href={hashForRoute('sync', 'conflicts')}>{t('conflicts.openInbox')}</Anchor>
        </Group>
      ) : null}
      {status.driftMs !== null ? (
        <Alert color="yellow">
          {t('sync.drift', { minutes: Math.round(Math.abs(status.driftMs) / 60_000) })}
        </Alert>
      ) : null}
      <RefusedChanges refused={view.refused} onDismiss={() => void controller.dismissRefused()} />
      {status.lastError && !view.running ? <SyncErrorAlert code={status.lastError} /> : null}
      <SyncProgressLine view={view} />
      <Group>
        <Button onClick={() => void controller.syncNow()} loading={view.running}>
          {t('sync.syncNow')}
        </Button>
        {view.running ? (
          <Button variant="default" onClick={() => controller.cancel()}>
            {t('sync.cancel')}
          </Button>
        ) : null}
      </Group>
      <NumberInput
        label={t('sync.intervalLabel')}
        description={t('sync.intervalHelp')}
        min={0}
        max={1440}
        value={view.intervalMinutes}
        onChange={(value) => {
          const minutes =
            typeof value === 'number' ? Math.max(0, Math.min(1440, Math.round(value))) : 0;
          void writeIntervalMinutes(controller.session.store.db, minutes).then(() =>
            controller.refresh(),
          );
        }}
      />
    </Stack>
  );
}

function SyncProgressLine({ view }: { view: SyncView }) {
  const { t } = useTranslation();
  const progress = view.progress;
  if (!view.running) return null;
  if (!progress) return <Text role="status">{t('sync.running')}</Text>;
  if (progress.phase === 'push') {
    const value = progress.toPush === 0 ? 100 : (progress.pushed / progress.toPush) * 100;
    return (
      <Stack gap={4} role="status">
        <Text>{t('sync.pushProgress', { done: progress.pushed, total: progress.toPush })}</Text>
        <Progress value={value} aria-hidden />
      </Stack>
    );
  }
  return <Text role="status">{t('sync.pullProgress', { count: progress.pulled })}</Text>;
}
