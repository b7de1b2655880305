import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../../session/use-desk-session';
import type { Session } from '../../store/session';
import { useSyncView } from '../../sync/state/use-sync-view';

/** The number of conflicts waiting for a decision, for a navigation entry or link; none at 0. */
export function ConflictsBadge() {
  const session = useActiveSession();
  return session ? <CountBadge session={session} /> : null;
}

function CountBadge({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { view } = useSyncView(session);
  if (view.openConflicts === 0) return null;
  return (
    <Badge color="red" circle={view.openConflicts < 10} data-testid="conflicts-badge">
      <span aria-hidden="true">{view.openConflicts}</span>
      <VisuallyHidden>{t('conflicts.badge', { count: view.openConflicts })}</VisuallyHidden>
    </Badge>
  );
}
