import type { ReferralStatusChange } from '../domain/referral';
import type { ReferralStatus } from '../domain/referral-status';
import { canTransition } from '../domain/referral-status';

export interface ReferralProgress {
  readonly status: ReferralStatus;
  readonly statusHistory: readonly ReferralStatusChange[];
}

export type TransitionResult =
  | { readonly ok: true; readonly value: ReferralProgress }
  | { readonly ok: false; readonly error: 'invalid-transition' };

/** The first step of every referral: sent, now, by whoever sent it. */
export function sentProgress(at: string, by: string): ReferralProgress {
  return { status: 'sent', statusHistory: [{ status: 'sent', at, by }] };
}

/**
 * Moves a referral to `to`, recording when and by whom, only along `canTransition`: a final
 * status (completed, declined, withdrawn) never moves again.
 */
export function transitionReferral(
  referral: ReferralProgress,
  to: ReferralStatus,
  at: string,
  by: string,
): TransitionResult {
  if (!canTransition(referral.status, to)) return { ok: false, error: 'invalid-transition' };
  return {
    ok: true,
    value: { status: to, statusHistory: [...referral.statusHistory, { status: to, at, by }] },
  };
}
