import { Consent } from '../../../shared/domain/consent';
import { Organisation } from '../../../shared/domain/organisation';
import type { Person } from '../../../shared/domain/person';
import type { LegalBasis, Referral, ReferralPurpose } from '../../../shared/domain/referral';
import { checkReferral, type ReferralBlock } from '../../../shared/referrals/check-referral';
import { shareTemplate } from '../../../shared/referrals/share-template';
import { sentProgress } from '../../../shared/referrals/transition-referral';
import {
  repositoryFor,
  type Session,
  type StoreError,
  type StoreResult,
  type Visible,
} from '../store';
import { isoAt } from '../store/clock';
import { listAllRecords } from './list-all-records';
import { readPeople } from './read-people';
import { todayOf } from './today';

export interface NewReferral {
  readonly personId: string;
  readonly partnerId: string;
  readonly purpose: ReferralPurpose;
  readonly legalBasis: LegalBasis;
  readonly legalBasisReference?: string;
}

export type ReferralOutcome =
  | { readonly kind: 'sent'; readonly referral: Referral }
  | { readonly kind: 'blocked'; readonly blocks: readonly ReferralBlock[] }
  | { readonly kind: 'failed'; readonly error: StoreError };

/**
 * Sends a referral: reads the member, their consents and the partner afresh (a consent withdrawn
 * a moment ago on another panel or by sync counts), checks consent (or the other legal basis)
 * and the partner's agreement, then stores it as `sent` by this staff member, with the legal
 * basis, the consent relied on and the fields the partner's template shares. The store writes
 * the record, its sync op and its audit entry together.
 */
export async function createReferral(
  session: Session,
  input: NewReferral,
): Promise<ReferralOutcome> {
  const facts = await readFacts(session, input.personId, input.partnerId);
  if (!facts.ok) return { kind: 'failed', error: facts.error };
  const { person, consents, partner } = facts.value;
  const check = checkReferral({
    person: { id: person.id, processingRestricted: person.processingRestricted },
    consents,
    partner,
    legalBasis: input.legalBasis,
    legalBasisReference: input.legalBasisReference,
    today: todayOf(session.store.clock),
  });
  if (!check.ok) return { kind: 'blocked', blocks: check.blocks };
  if (partner.kind !== 'partner') return { kind: 'blocked', blocks: ['not-a-partner'] };
  const reference = input.legalBasisReference?.trim();
  const result = await repositoryFor('referral').create(session, {
    personId: person.id,
    partnerId: partner.id,
    purpose: input.purpose,
    status: 'sent',
    statusHistory: [...sentProgress(isoAt(session.store.clock), session.staffId).statusHistory],
    legalBasis: input.legalBasis,
    ...(input.legalBasis !== 'consent' && reference ? { legalBasisReference: reference } : {}),
    ...(check.consentId === undefined ? {} : { consentId: check.consentId }),
    sharedFields: [...shareTemplate(partner.institutionType)],
    reminders: [],
  });
  return result.ok
    ? { kind: 'sent', referral: result.value }
    : { kind: 'failed', error: result.error };
}

interface Facts {
  readonly person: Visible<Person>;
  readonly consents: readonly Consent[];
  readonly partner: Organisation;
}

async function readFacts(
  session: Session,
  personId: string,
  partnerId: string,
): Promise<StoreResult<Facts>> {
  const [people, consents, partner] = await Promise.all([
    readPeople(session, [personId]),
    listAllRecords(session, 'consent'),
    // Organisations hold no high-risk field: this read logs nothing.
    repositoryFor('organisation').get(session, partnerId),
  ]);
  if (!people.ok) return people;
  if (!consents.ok) return consents;
  if (!partner.ok) return partner;
  const person = people.value.get(personId);
  const parsedPartner = Organisation.safeParse(partner.value.record);
  if (!person || !parsedPartner.success) return { ok: false, error: { code: 'not-found' } };
  const own = consents.value.flatMap((c) => {
    const parsed = Consent.safeParse(c);
    return parsed.success && parsed.data.personId === personId ? [parsed.data] : [];
  });
  return { ok: true, value: { person, consents: own, partner: parsedPartner.data } };
}
