import { z } from 'zod';
import { withCodes } from './domain-error-codes';
import { Email } from './email';
import { E164 } from './phone';
import { envelopeShape } from './record-envelope';
import { textField, textLimits } from './text-field';

export const staffRoles = ['clerk', 'counsellor', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** A staff account. Its passphrase material lives in the key vault, never here. */
export const StaffUser = z.object(
  {
    ...envelopeShape('staff-user'),
    username: z
      .string(withCodes)
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { error: 'invalid-format' }),
    displayName: textField(textLimits.name),
    /** Work contact details, optional. Personal: stored encrypted like the display name. */
    phone: E164.optional(),
    email: Email.optional(),
    role: z.enum(staffRoles, withCodes),
    disabled: z.boolean(withCodes).default(false),
  },
  withCodes,
);
export type StaffUser = z.output<typeof StaffUser>;
export type StaffUserInput = z.input<typeof StaffUser>;
