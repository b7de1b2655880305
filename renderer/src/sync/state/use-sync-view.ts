import { useEffect, useSyncExternalStore } from 'react';
import type { Session } from '../../store/session';
import type { SyncController, SyncView } from './sync-controller';
import { syncControllerFor } from './sync-controller-for';

/** The sync controller of `session` and what it shows, kept fresh for React. */
export function useSyncView(session: Session): { controller: SyncController; view: SyncView } {
  const controller = syncControllerFor(session);
  const view = useSyncExternalStore(controller.subscribe, controller.view);
  useEffect(() => {
    void controller.refresh();
  }, [controller]);
  return { controller, view };
}
