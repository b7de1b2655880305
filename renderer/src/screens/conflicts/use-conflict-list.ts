import { useCallback, useEffect, useState } from 'react';
import { personFields } from '../../../../shared/domain/person';
import type { Session } from '../../store/session';
import { listConflicts } from '../../sync';
import { useSyncView } from '../../sync/state/use-sync-view';
import { groupConflicts, type ConflictGroup } from './group-conflicts';

export type ConflictList =
  | { readonly state: 'loading' }
  | { readonly state: 'failed' }
  | { readonly state: 'ready'; readonly groups: readonly ConflictGroup[] };

/**
 * The desk's conflicts grouped by record, read again whenever a sync brings or settles some
 * (the sync controller's count changes or a run ends) and on `reload`.
 */
export function useConflictList(session: Session): { list: ConflictList; reload: () => void } {
  const { view } = useSyncView(session);
  const [list, setList] = useState<ConflictList>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let live = true;
    listConflicts(session).then(
      (listed) => live && setList({ state: 'ready', groups: groupConflicts(listed, personFields) }),
      () => {
        console.warn('conflicts: list failed');
        if (live) setList({ state: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [session, generation, view.openConflicts, view.running]);
  return { list, reload };
}
