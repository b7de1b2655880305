import type { Referral } from '../../../shared/domain/referral';
import type { ReferralStatus } from '../../../shared/domain/referral-status';
import { awaitsPartner } from '../../../shared/referrals/overdue-referrals';
import { transitionReferral } from '../../../shared/referrals/transition-referral';
import { repositoryFor, type Session, type StoreResult, type Visible } from '../store';
import { isoAt } from '../store/clock';

const illegalMove = {
  ok: false,
  error: { code: 'invalid-record', issues: [{ path: ['status'], code: 'invalid-transition' }] },
} as const;

type Listed = Pick<Visible<Referral>, 'id' | 'rev' | 'status' | 'statusHistory' | 'reminders'>;

/**
 * Moves a referral to its next status, dated and signed by this staff member. Only moves the
 * state machine allows are written (anything else is `invalid-record`); a referral changed
 * meanwhile (here or by sync) is `rev-conflict`, so nobody overwrites a move they did not see.
 */
export async function moveReferral(
  session: Session,
  referral: Listed,
  to: ReferralStatus,
): Promise<StoreResult<Referral>> {
  if (referral.status === undefined || referral.statusHistory === undefined) {
    return illegalMove;
  }
  const moved = transitionReferral(
    { status: referral.status, statusHistory: referral.statusHistory },
    to,
    isoAt(session.store.clock),
    session.staffId,
  );
  if (!moved.ok) return illegalMove;
  const { status, statusHistory } = moved.value;
  return repositoryFor('referral').update(
    session,
    referral.id,
    { status, statusHistory: [...statusHistory] },
    { expectedRev: referral.rev },
  );
}

/** Records that the partner was reminded today; the overdue clock starts again from it. */
export async function recordReminder(
  session: Session,
  referral: Listed,
): Promise<StoreResult<Referral>> {
  if (referral.status === undefined || !awaitsPartner(referral.status)) {
    return illegalMove;
  }
  const reminder = { at: isoAt(session.store.clock), by: session.staffId };
  return repositoryFor('referral').update(
    session,
    referral.id,
    { reminders: [...(referral.reminders ?? []), reminder] },
    { expectedRev: referral.rev },
  );
}
