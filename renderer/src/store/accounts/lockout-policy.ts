/** Failed unlocks allowed before the first lockout. */
export const FREE_ATTEMPTS = 5;
export const FIRST_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 60 * 60_000;

export interface LockoutState {
  readonly failures: number;
  readonly lockedUntil: number | null;
}

export const noFailures: LockoutState = { failures: 0, lockedUntil: null };

export type LockoutCheck = { locked: false } | { locked: true; retryAt: number };

export function checkLockout(state: LockoutState, now: number): LockoutCheck {
  return state.lockedUntil !== null && now < state.lockedUntil
    ? { locked: true, retryAt: state.lockedUntil }
    : { locked: false };
}

/**
 * Counts one failure. From the fifth on, each locks the account for a delay that doubles (30 s,
 * 1 min, 2 min, ...) up to an hour. Only a successful unlock (or the recovery key) resets it.
 */
export function afterFailure(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  if (failures < FREE_ATTEMPTS) return { failures, lockedUntil: null };
  const delay = Math.min(FIRST_LOCKOUT_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCKOUT_MS);
  return { failures, lockedUntil: now + delay };
}

export function attemptsBeforeLockout(state: LockoutState): number {
  return Math.max(0, FREE_ATTEMPTS - state.failures);
}
