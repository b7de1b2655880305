import type { DataSharingAgreement } from '../domain/organisation';
import { addDays } from './calendar-days';

export const agreementStates = ['missing', 'expired', 'expiring', 'valid'] as const;
export type AgreementState = (typeof agreementStates)[number];

/** Days before expiry from which an agreement is shown as expiring. */
export const AGREEMENT_WARNING_DAYS = 60;

/**
 * Where a partner's data-sharing agreement stands on `today` (YYYY-MM-DD). The expiry date is
 * the last day it covers; from the day after, nothing may be shared under it.
 */
export function agreementStatus(
  agreement: Pick<DataSharingAgreement, 'expiry'> | undefined,
  today: string,
  warningDays: number = AGREEMENT_WARNING_DAYS,
): AgreementState {
  if (agreement === undefined) return 'missing';
  if (agreement.expiry < today) return 'expired';
  if (agreement.expiry <= addDays(today, warningDays)) return 'expiring';
  return 'valid';
}

/** Whether the agreement allows sharing on `today`. */
export function agreementAllowsSharing(state: AgreementState): boolean {
  switch (state) {
    case 'missing':
    case 'expired':
      return false;
    case 'expiring':
    case 'valid':
      return true;
  }
}
