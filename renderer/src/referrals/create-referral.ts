import type { Consent } from '../../../shared/domain/consent';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Person } from '../../../shared/domain/person';
import type { LegalBasis, Referral, ReferralPurpose } from '../../../shared/domain/referral';
import { checkReferral, type ReferralBlock } from '../../../shared/referrals/check-referral';
import { shareTemplate } from '../../../shared/referrals/share-template';
import { sentProgress } from '../../../shared/referrals/transition-referral';
import { repositoryFor, type Session, type StoreError, type Visible } from '../store';
import { isoAt } from '../store/clock';
import { todayOf } from './today';

export interface NewReferral {
  readonly person: Pick<Visible<Person>, 'id' | 'processingRestricted'>;
  readonly consents: readonly Consent[];
  readonly partner: Organisation;
  readonly purpose: ReferralPurpose;
  readonly legalBasis: LegalBasis;
  readonly legalBasisReference?: string;
}

export type ReferralOutcome =
  | { readonly kind: 'sent'; readonly referral: Referral }
  | { readonly kind: 'blocked'; readonly blocks: readonly ReferralBlock[] }
  | { readonly kind: 'failed'; readonly error: StoreError };

/**
 * Sends a referral: checks consent (or the other legal basis) and the partner's agreement again
 * at the moment of writing, then stores it as `sent` by this staff member, with the legal basis,
 * the consent relied on and the fields the partner's template shares. The store writes the
 * record, its sync op and its audit entry together.
 */
export async function createReferral(
  session: Session,
  input: NewReferral,
): Promise<ReferralOutcome> {
  const check = checkReferral({
    person: { id: input.person.id, processingRestricted: input.person.processingRestricted },
    consents: input.consents,
    partner: input.partner,
    legalBasis: input.legalBasis,
    legalBasisReference: input.legalBasisReference,
    today: todayOf(session.store.clock),
  });
  if (!check.ok) return { kind: 'blocked', blocks: check.blocks };
  if (input.partner.kind !== 'partner') return { kind: 'blocked', blocks: ['not-a-partner'] };
  const reference = input.legalBasisReference?.trim();
  const result = await repositoryFor('referral').create(session, {
    personId: input.person.id,
    partnerId: input.partner.id,
    purpose: input.purpose,
    status: 'sent',
    statusHistory: [...sentProgress(isoAt(session.store.clock), session.staffId).statusHistory],
    legalBasis: input.legalBasis,
    ...(input.legalBasis !== 'consent' && reference ? { legalBasisReference: reference } : {}),
    ...(check.consentId === undefined ? {} : { consentId: check.consentId }),
    sharedFields: [...shareTemplate(input.partner.institutionType)],
    reminders: [],
  });
  return result.ok
    ? { kind: 'sent', referral: result.value }
    : { kind: 'failed', error: result.error };
}
