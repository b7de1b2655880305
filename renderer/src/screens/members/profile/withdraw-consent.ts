import type { Consent } from '../../../../../shared/domain/consent';
import { repositoryFor, type Session, type StoreResult } from '../../../store';

const consents = repositoryFor('consent');

/**
 * Withdraws one consent now: sets `withdrawnAt` on its record (with its op, history and audit
 * entries, in one transaction). Refused with `rev-conflict` if the consent changed meanwhile.
 */
export function withdrawConsent(
  session: Session,
  consent: Pick<Consent, 'id' | 'rev'>,
): Promise<StoreResult<Consent>> {
  const now = new Date(session.store.clock.now()).toISOString();
  return consents.update(session, consent.id, { withdrawnAt: now }, { expectedRev: consent.rev });
}
