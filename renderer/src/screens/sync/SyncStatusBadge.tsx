import { Anchor, Badge } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../store/session';
import { hashForRoute } from '../../shell/routes';
import { useSyncView } from '../../sync/state/use-sync-view';

/** The header's sync indicator: synced, changes to send, or a problem; links to #/sync. */
export function SyncStatusBadge({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { controller, view } = useSyncView(session);
  useEffect(() => controller.start(), [controller]);
  const { link, status, pending } = view;
  const [color, text] = !link
    ? ['gray', t('sync.header.notConnected')]
    : status.lastError !== null && status.lastError !== 'cancelled'
      ? ['red', t('sync.header.problem')]
      : pending > 0
        ? ['yellow', t('sync.header.pending', { count: pending })]
        : ['green', t('sync.header.synced')];
  return (
    <Anchor href={hashForRoute('sync')} aria-label={`${t('sync.header.label')}: ${text}`}>
      <Badge color={color} variant="light" data-testid="sync-badge">
        {text}
      </Badge>
    </Anchor>
  );
}
