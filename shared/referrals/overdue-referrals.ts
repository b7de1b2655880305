import type { Referral } from '../domain/referral';
import type { ReferralStatus } from '../domain/referral-status';
import { dateOf, daysBetween } from './calendar-days';

/** Days without an answer after which a referral is overdue, unless the office sets another. */
export const DEFAULT_RESPONSE_DAYS = 14;

/** Statuses in which the office waits for the partner to act. */
export function awaitsPartner(status: ReferralStatus): boolean {
  switch (status) {
    case 'sent':
    case 'acknowledged':
      return true;
    case 'in-progress':
    case 'completed':
    case 'declined':
    case 'withdrawn':
      return false;
  }
}

type Tracked = Pick<Referral, 'status' | 'statusHistory' | 'reminders'>;

/** The date of the last thing that happened on a referral: a status change or a reminder. */
export function lastActivity(referral: Tracked): string {
  const times = [
    ...referral.statusHistory.map((s) => s.at),
    ...referral.reminders.map((r) => r.at),
  ];
  return times.reduce((latest, at) => (at > latest ? at : latest), times[0] ?? '');
}

/** Days the partner has been silent, or null when the office is not waiting for them. */
export function daysWaiting(referral: Tracked, today: string): number | null {
  if (!awaitsPartner(referral.status)) return null;
  const last = lastActivity(referral);
  return last === '' ? null : daysBetween(dateOf(last), today);
}

/** Referrals with no answer for `days` days or more, longest waiting first. */
export function overdueReferrals<R extends Tracked>(
  referrals: readonly R[],
  today: string,
  days: number = DEFAULT_RESPONSE_DAYS,
): { referral: R; daysWaiting: number }[] {
  const overdue: { referral: R; daysWaiting: number }[] = [];
  for (const referral of referrals) {
    const waiting = daysWaiting(referral, today);
    if (waiting !== null && waiting >= days) overdue.push({ referral, daysWaiting: waiting });
  }
  return overdue.sort((a, b) => b.daysWaiting - a.daysWaiting);
}
