import type { Unsubscribe } from '../../../../shared/ipc/events';

/** Where page lifecycle events come from (the window in a browser). */
export type PageEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/**
 * The web bridge's `session.onLockRequested`. A browser tells a page nothing about suspend or
 * the OS screen lock, so the one signal used is `pagehide`: the page is leaving the screen, either
 * for good (the keys die with it; the lock's audit entry is best effort) or into the back/forward
 * cache, from which it would come back unlocked. Hiding the tab (`visibilitychange`) or freezing
 * it (`freeze`) is not a lock: switching tabs must not sign the person out; idle lock covers it.
 * Without page events (tests, workers) the subscription does nothing.
 */
export function subscribePageLock(
  events: PageEvents | undefined,
  listener: () => void,
): Unsubscribe {
  if (!events) return () => undefined;
  const forward = () => listener();
  events.addEventListener('pagehide', forward);
  return () => events.removeEventListener('pagehide', forward);
}
