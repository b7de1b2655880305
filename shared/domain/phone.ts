import { z } from 'zod';
import { withCodes } from './domain-error-codes';

/**
 * A phone number in E.164 (`+22790123456`): plus, country code, subscriber number, 7 to 15
 * digits, no spaces. Turning what a person types into this form is the input layer's job.
 */
export const E164 = z.e164(withCodes);
export type E164 = z.output<typeof E164>;

export const phoneKinds = ['mobile', 'whatsapp', 'landline'] as const;
export type PhoneKind = (typeof phoneKinds)[number];

export const Phone = z.object({ number: E164, kind: z.enum(phoneKinds, withCodes) }, withCodes);
export type Phone = z.output<typeof Phone>;
