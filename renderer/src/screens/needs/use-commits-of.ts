import { useEffect, useState } from 'react';
import type { RecordType } from '../../../../shared/domain/record-envelope';
import { useActiveSession } from '../../session/use-desk-session';
import { onRecordsCommitted } from '../../store';

/** How long a burst of commits (an import, a sync page after another) is awaited. */
export const COMMITS_SETTLE_MS = 400;

/**
 * A number that grows once after each burst of committed writes touching one of `types`
 * (a deletion counts: its type is not known), whatever wrote them: this desk's forms, a sync
 * pull, an import. Screens put it in what they load or ask, to follow the office's data.
 */
export function useCommitsOf(types: readonly RecordType[]): number {
  const session = useActiveSession();
  const [count, setCount] = useState(0);
  const watched = types.join(' ');
  useEffect(() => {
    if (session === null) return;
    const wanted = new Set(watched.split(' '));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onRecordsCommitted(session.store.db, ({ changes, cleared }) => {
      const relevant =
        cleared || changes.some((c) => c.deleted || (c.type !== null && wanted.has(c.type)));
      if (!relevant) return;
      clearTimeout(timer);
      timer = setTimeout(() => setCount((n) => n + 1), COMMITS_SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [session, watched]);
  return count;
}
