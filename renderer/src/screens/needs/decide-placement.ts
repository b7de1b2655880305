import type { MissionRequest } from '../../../../shared/domain/mission-request';
import type { Placement } from '../../../../shared/domain/placement';
import {
  transitionPlacement,
  type PlacementMove,
} from '../../../../shared/matching/transition-placement';
import { repositoryFor, type Session, type StoreResult, type Visible } from '../../store';
import { isoAt } from '../../store/clock';

const illegalMove = {
  ok: false,
  error: { code: 'invalid-record', issues: [{ path: ['status'], code: 'invalid-transition' }] },
} as const;

/**
 * Puts a member on a need's shortlist: a placement record signed and dated by this staff member,
 * keeping the score that was suggested (the decision is the person's; the score is context).
 */
export function shortlistMember(
  session: Session,
  need: Pick<MissionRequest, 'id'>,
  personId: string,
  suggestedScore: number,
): Promise<StoreResult<Placement>> {
  const step = {
    status: 'shortlisted' as const,
    at: isoAt(session.store.clock),
    by: session.staffId,
  };
  return repositoryFor('placement').create(session, {
    missionRequestId: need.id,
    personId,
    status: 'shortlisted',
    statusHistory: [step],
    suggestedScore: Math.min(1, Math.max(0, suggestedScore)),
  });
}

type Listed = Pick<Visible<Placement>, 'id' | 'rev' | 'status' | 'statusHistory'>;

/**
 * Records the next decision on a placement. Only moves the state machine allows are written; a
 * placement changed meanwhile (here or by sync) is `rev-conflict`, so no decision is overwritten
 * unseen.
 */
export function movePlacement(
  session: Session,
  placement: Listed,
  move: PlacementMove,
): Promise<StoreResult<Placement>> {
  if (placement.status === undefined || placement.statusHistory === undefined) {
    return Promise.resolve(illegalMove);
  }
  const next = transitionPlacement(
    { status: placement.status, statusHistory: placement.statusHistory },
    move,
    isoAt(session.store.clock),
    session.staffId,
  );
  if (next === null) return Promise.resolve(illegalMove);
  return repositoryFor('placement').update(
    session,
    placement.id,
    { ...next, statusHistory: [...next.statusHistory] },
    { expectedRev: placement.rev },
  );
}
