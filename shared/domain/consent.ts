import { z } from 'zod';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { envelopeShape } from './record-envelope';
import { RecordId } from './record-id';
import { textField } from './text-field';
import { Timestamp } from './timestamp';

export const consentPurposes = [
  'registration',
  'contact-opportunities',
  'share-partners',
  'anonymous-statistics',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const consentMethods = ['paper-signed', 'verbal-witnessed', 'electronic'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/**
 * One person's consent to one purpose, under one version of the notice read in one language.
 * Withdrawal sets `withdrawnAt`; a new consent after that is a new record.
 */
export const Consent = z.object(
  {
    ...envelopeShape('consent'),
    personId: RecordId,
    purpose: z.enum(consentPurposes, withCodes),
    noticeVersion: textField(40),
    noticeLanguage: coded('iso-639-3'),
    method: z.enum(consentMethods, withCodes),
    givenAt: Timestamp,
    withdrawnAt: Timestamp.optional(),
    recordedBy: RecordId,
  },
  withCodes,
);
export type Consent = z.output<typeof Consent>;
export type ConsentInput = z.input<typeof Consent>;

export function isConsentActive(consent: Pick<Consent, 'withdrawnAt'>): boolean {
  return consent.withdrawnAt === undefined;
}

/** The purposes a person currently consents to. */
export function activeConsentPurposes(
  personId: string,
  consents: readonly Pick<Consent, 'personId' | 'purpose' | 'withdrawnAt'>[],
): Set<ConsentPurpose> {
  return new Set(
    consents.filter((c) => c.personId === personId && isConsentActive(c)).map((c) => c.purpose),
  );
}
