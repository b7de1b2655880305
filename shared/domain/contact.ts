import { z } from 'zod';
import { coded } from './coded';
import { withCodes } from './domain-error-codes';
import { Email } from './email';
import { Phone, E164 } from './phone';
import { subdivisionInCountry } from './place';
import { textField, textLimits } from './text-field';
import { uniqueList } from './unique-list';

export const Address = z
  .object(
    {
      lines: z.array(textField(), withCodes).max(3, { error: 'too-many' }).default([]),
      locality: textField().optional(),
      postalCode: textField(20).optional(),
      subdivision: coded('iso-3166-2').optional(),
      country: coded('iso-3166-1'),
    },
    withCodes,
  )
  .check(subdivisionInCountry);
export type Address = z.output<typeof Address>;

export const contactChannels = ['phone', 'whatsapp', 'sms', 'email', 'post', 'in-person'] as const;
export type ContactChannel = (typeof contactChannels)[number];

export const relationships = [
  'spouse',
  'parent',
  'child',
  'sibling',
  'other-relative',
  'friend',
  'other',
] as const;
export type Relationship = (typeof relationships)[number];

/** Someone to call in a crisis. High risk: it describes family. Needs a phone or an e-mail. */
export const EmergencyContact = z
  .object(
    {
      name: textField(textLimits.name),
      relationship: z.enum(relationships, withCodes).optional(),
      phone: E164.optional(),
      email: Email.optional(),
    },
    withCodes,
  )
  .check((ctx) => {
    if (ctx.value.phone === undefined && ctx.value.email === undefined) {
      ctx.issues.push({ code: 'custom', message: 'contact-required', input: ctx.value });
    }
  });
export type EmergencyContact = z.output<typeof EmergencyContact>;

/** Block 2, contact: the Person fields it owns. */
export const contactShape = {
  phones: uniqueList(Phone, (p) => p.number, 5).default([]),
  email: Email.optional(),
  addressAbroad: Address.optional(),
  addressHome: Address.optional(),
  preferredLanguage: coded('iso-639-3').optional(),
  preferredChannel: z.enum(contactChannels, withCodes).optional(),
  emergencyContact: EmergencyContact.optional(),
};
