import { useCallback, useEffect, useState } from 'react';
import type { Session, StoreResult } from '../store';
import { useActiveSession } from './use-desk-session';

interface Loaded<T> {
  readonly session: Session;
  readonly key: string;
  readonly result: StoreResult<T>;
}

export interface SessionData<T> {
  /** Null while loading, and while the desk is locked (the data is dropped then). */
  readonly result: StoreResult<T> | null;
  reload(): void;
}

/**
 * Loads decrypted data for the working session and forgets it as soon as the desk locks: a new
 * session (after unlock) loads afresh. `key` names what is loaded (filters, page) so a change
 * reloads; `load` must be stable (module-level or memoised).
 */
export function useSessionData<T>(
  load: (session: Session) => Promise<StoreResult<T>>,
  key = '',
): SessionData<T> {
  const session = useActiveSession();
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [version, setVersion] = useState(0);
  // Locked, or another session: drop what was decrypted for the old one (during render, so it
  // is gone before anything paints).
  if (loaded !== null && (session === null || loaded.session !== session)) setLoaded(null);
  useEffect(() => {
    if (session === null) return;
    let current = true;
    void load(session).then((result) => {
      if (current) setLoaded({ session, key, result });
    });
    return () => {
      current = false;
    };
  }, [session, load, key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const fresh = loaded !== null && loaded.session === session && loaded.key === key;
  return { result: fresh ? loaded.result : null, reload };
}
