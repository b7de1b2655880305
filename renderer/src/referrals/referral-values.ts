import { z } from 'zod';
import { legalBases, referralPurposes } from '../../../shared/domain/referral';
import { textLimits } from '../../../shared/domain/text-field';
import type { StaffRole } from '../../../shared/domain/staff-user';

const required = { error: 'required' } as const;

/** The referral form: to whom, for what, and on which legal ground. */
export const ReferralValues = z
  .object({
    partnerId: z.string(required).min(1, required),
    purpose: z.enum(referralPurposes, required),
    legalBasis: z.enum(legalBases, required),
    legalBasisReference: z.string().trim().max(textLimits.short, { error: 'too-long' }),
  })
  .superRefine((values, ctx) => {
    if (values.legalBasis !== 'consent' && values.legalBasisReference === '') {
      ctx.addIssue({ code: 'custom', path: ['legalBasisReference'], message: 'required' });
    }
  });
export type ReferralValues = z.output<typeof ReferralValues>;

export const emptyReferral: ReferralValues = {
  partnerId: '',
  purpose: 'information',
  legalBasis: 'consent',
  legalBasisReference: '',
};

/**
 * Who may rely on a legal basis other than the member's consent (a law, a contract, vital
 * interests): supervisors and administrators, who answer for it; clerks and counsellors refer on
 * consent only.
 */
export function canUseOtherLegalBasis(role: StaffRole): boolean {
  switch (role) {
    case 'clerk':
    case 'counsellor':
      return false;
    case 'supervisor':
    case 'admin':
      return true;
  }
}
