import type { MainEvent } from '../../shared/ipc/events';
import { mainLog } from './main-log';

/** powerMonitor events after which the session must lock: the person is no longer at the desk. */
export const lockTriggers = ['suspend', 'lock-screen'] as const;
export type LockTrigger = (typeof lockTriggers)[number];

const LOCK_REQUESTED = 'session:lock-requested' satisfies MainEvent;

/** The parts of powerMonitor used here (an EventEmitter). */
export interface PowerEvents {
  on(event: LockTrigger, listener: () => void): unknown;
  removeListener(event: LockTrigger, listener: () => void): unknown;
}

/** The parts of a window's web contents used here. */
export interface LockTarget {
  isDestroyed(): boolean;
  send(channel: string): void;
}

/**
 * On suspend or screen lock, tells every app window to lock its session (the renderer drops its
 * keys and writes the audit entry). Nothing but the event name crosses. Returns a function that
 * stops listening. Call after the app is ready (powerMonitor is not usable before).
 */
export function forwardLockRequests(
  power: PowerEvents,
  targets: () => readonly LockTarget[],
): () => void {
  const listeners = lockTriggers.map((trigger) => {
    const listener = () => {
      let sent = 0;
      for (const contents of targets()) {
        if (contents.isDestroyed()) continue;
        contents.send(LOCK_REQUESTED);
        sent++;
      }
      mainLog.info('session.lock-requested', { trigger, windows: sent });
    };
    power.on(trigger, listener);
    return [trigger, listener] as const;
  });
  return () => {
    for (const [trigger, listener] of listeners) power.removeListener(trigger, listener);
  };
}
