import type { Consent } from '../domain/consent';
import { isConsentActive } from '../domain/consent';
import type { Organisation } from '../domain/organisation';
import type { LegalBasis } from '../domain/referral';
import { agreementAllowsSharing, agreementStatus } from './agreement-status';

/** Why a referral may not be sent; each has a message telling the clerk what to do. */
export const referralBlocks = [
  'processing-restricted',
  'consent-withdrawn',
  'no-share-consent',
  'basis-reference-missing',
  'not-a-partner',
  'agreement-missing',
  'agreement-expired',
] as const;
export type ReferralBlock = (typeof referralBlocks)[number];

export interface ReferralCheckInput {
  readonly person: { readonly id: string; readonly processingRestricted?: boolean | undefined };
  /** The person's consent records (others are ignored). */
  readonly consents: readonly Consent[];
  readonly partner: Organisation;
  readonly legalBasis: LegalBasis;
  /** The law, contract or decision relied on, for any basis but consent. */
  readonly legalBasisReference?: string | undefined;
  /** The office's calendar date, YYYY-MM-DD. */
  readonly today: string;
}

export type ReferralCheck =
  | { readonly ok: true; readonly consentId?: string }
  | { readonly ok: false; readonly blocks: readonly ReferralBlock[] };

/**
 * Whether a person may be referred to a partner now: processing not restricted; a recorded legal
 * basis (an active share-partners consent, or another basis with its reference); a partner
 * institution whose data-sharing agreement exists and has not expired. Every block is reported.
 */
export function checkReferral(input: ReferralCheckInput): ReferralCheck {
  const blocks: ReferralBlock[] = [];
  if (input.person.processingRestricted === true) blocks.push('processing-restricted');
  const basis = checkBasis(input);
  if (basis.block) blocks.push(basis.block);
  blocks.push(...checkPartner(input.partner, input.today));
  if (blocks.length > 0) return { ok: false, blocks };
  return basis.consentId === undefined ? { ok: true } : { ok: true, consentId: basis.consentId };
}

function checkBasis(input: ReferralCheckInput): { block?: ReferralBlock; consentId?: string } {
  if (input.legalBasis !== 'consent') {
    const reference = input.legalBasisReference?.trim() ?? '';
    return reference === '' ? { block: 'basis-reference-missing' } : {};
  }
  const sharing = input.consents.filter(
    (c) => c.personId === input.person.id && c.purpose === 'share-partners',
  );
  const active = sharing.filter(isConsentActive).sort((a, b) => b.givenAt.localeCompare(a.givenAt));
  if (active[0]) return { consentId: active[0].id };
  return { block: sharing.length > 0 ? 'consent-withdrawn' : 'no-share-consent' };
}

function checkPartner(partner: Organisation, today: string): ReferralBlock[] {
  if (partner.kind !== 'partner') return ['not-a-partner'];
  const state = agreementStatus(partner.dataSharingAgreement, today);
  if (agreementAllowsSharing(state)) return [];
  return [state === 'missing' ? 'agreement-missing' : 'agreement-expired'];
}
