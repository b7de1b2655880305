import { z } from 'zod';
import { withCodes } from './domain-error-codes';
import { personFields } from './person';
import { envelopeShape } from './record-envelope';
import { RecordId } from './record-id';
import { canTransition, referralStatuses } from './referral-status';
import { textField, textLimits } from './text-field';
import { Timestamp } from './timestamp';
import { uniqueList } from './unique-list';

export const referralPurposes = [
  'investment',
  'expert-mission',
  'business-creation',
  'return',
  'information',
] as const;
export type ReferralPurpose = (typeof referralPurposes)[number];

/** Legal ground for disclosing the person's data to the partner; logged with every share. */
export const legalBases = [
  'consent',
  'public-task',
  'legal-obligation',
  'vital-interests',
  'contract',
] as const;
export type LegalBasis = (typeof legalBases)[number];

export const ReferralStatusChange = z.object(
  { status: z.enum(referralStatuses, withCodes), at: Timestamp, by: RecordId },
  withCodes,
);
export type ReferralStatusChange = z.output<typeof ReferralStatusChange>;

/** A reminder sent to the partner about a referral awaiting its answer: when, and by whom. */
export const ReferralReminder = z.object({ at: Timestamp, by: RecordId }, withCodes);
export type ReferralReminder = z.output<typeof ReferralReminder>;

const referralShape = {
  ...envelopeShape('referral'),
  personId: RecordId,
  partnerId: RecordId,
  purpose: z.enum(referralPurposes, withCodes),
  status: z.enum(referralStatuses, withCodes),
  /** Oldest first; starts at 'sent', each step allowed by `referralTransitions`. */
  statusHistory: z.array(ReferralStatusChange, withCodes).min(1).max(50),
  legalBasis: z.enum(legalBases, withCodes),
  /** For any basis but consent: the law, contract or decision relied on (checkReferral asks). */
  legalBasisReference: textField(textLimits.short).optional(),
  /** Required when the legal basis is consent: the share-partners consent relied on. */
  consentId: RecordId.optional(),
  /** Which Person fields were disclosed to the partner. */
  sharedFields: uniqueList(z.enum(personFields, withCodes), (f) => f, personFields.length),
  /** Free text. High risk. */
  notes: textField(textLimits.notes).optional(),
  /** Reminders sent while the partner had not answered, oldest first. */
  reminders: z.array(ReferralReminder, withCodes).max(50, { error: 'too-many' }).default([]),
};

type ReferralValue = z.output<z.ZodObject<typeof referralShape>>;

function checkHistory(ctx: z.core.ParsePayload<ReferralValue>): void {
  const { status, statusHistory } = ctx.value;
  if (statusHistory.length === 0) return; // reported by the length check
  const push = (message: string, path: (string | number)[]) =>
    ctx.issues.push({ code: 'custom', message, input: ctx.value, path });
  if (statusHistory[0]?.status !== 'sent') push('invalid-transition', ['statusHistory', 0]);
  for (let i = 1; i < statusHistory.length; i += 1) {
    const from = statusHistory[i - 1]!.status;
    if (!canTransition(from, statusHistory[i]!.status)) {
      push('invalid-transition', ['statusHistory', i]);
    }
  }
  if (statusHistory.at(-1)?.status !== status) push('status-history-mismatch', ['status']);
  if (ctx.value.legalBasis === 'consent' && ctx.value.consentId === undefined) {
    push('consent-required', ['consentId']);
  }
}

/** A person referred to a partner institution, with every status change and what was shared. */
export const Referral = z.object(referralShape, withCodes).check(checkHistory);
export type Referral = z.output<typeof Referral>;
export type ReferralInput = z.input<typeof Referral>;
