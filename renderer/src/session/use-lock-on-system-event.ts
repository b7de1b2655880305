import { useEffect } from 'react';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { getDesktop } from '../bridge/desktop';

/**
 * Locks the desk when the system asks: `desktop.session.onLockRequested` fires in Electron when
 * the computer suspends or its screen locks, and in the web bridge when the page is hidden for
 * good (pagehide). Tolerates a desktop API without the event (an older preload).
 */
export function useLockOnSystemEvent(lockNow: () => void): void {
  useEffect(() => {
    const session = getDesktop().session as Partial<DesktopApi['session']> | undefined;
    return session?.onLockRequested?.(lockNow);
  }, [lockNow]);
}
