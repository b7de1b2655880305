import { useEffect } from 'react';
import { createIdleTimer } from './idle-timer';

/** What counts as someone at the keyboard. */
export const activityEvents = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
] as const;

/**
 * Runs `onIdle` after `minutes` without pointer or keyboard activity anywhere in the window,
 * while `enabled`. Uses the page's timers and clock, so tests fast-forward it with a fake clock.
 */
export function useIdleLock(enabled: boolean, minutes: number, onIdle: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const timer = createIdleTimer({ timeoutMs: minutes * 60_000, onIdle });
    const onActivity = () => timer.activity();
    const options = { capture: true, passive: true } as const;
    for (const type of activityEvents) window.addEventListener(type, onActivity, options);
    return () => {
      timer.stop();
      for (const type of activityEvents) window.removeEventListener(type, onActivity, options);
    };
  }, [enabled, minutes, onIdle]);
}
