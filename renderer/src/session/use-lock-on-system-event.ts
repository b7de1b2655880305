import { useEffect } from 'react';
import { getDesktop } from '../bridge/desktop';

/**
 * What the Electron preload may offer: `session.onLockRequested(cb)` fires when the computer
 * suspends or its screen locks, and returns an unsubscribe function. Typed here as optional so
 * this works before and after the channel exists (the web bridge has none).
 */
interface SystemLockEvents {
  readonly session?: {
    onLockRequested?(callback: () => void): (() => void) | void;
  };
}

/** Locks the desk when the operating system asks (suspend, screen lock), where it can ask. */
export function useLockOnSystemEvent(lockNow: () => void): void {
  useEffect(() => {
    const events = (getDesktop() as unknown as SystemLockEvents).session;
    if (typeof events?.onLockRequested !== 'function') return;
    const unsubscribe = events.onLockRequested(() => lockNow());
    return typeof unsubscribe === 'function' ? unsubscribe : undefined;
  }, [lockNow]);
}
