import { z } from 'zod';
import { Email } from '../../../shared/domain/email';
import { E164 } from '../../../shared/domain/phone';
import { StaffUser } from '../../../shared/domain/staff-user';
import { textLimits } from '../../../shared/domain/text-field';
import { checkPassphrase } from '../store';
import type { FormErrorCode } from './form-error-codes';

const code = (error: FormErrorCode) => ({ error });

/** Required free text, trimmed, within the domain's length limit. */
export function requiredText(max: number = textLimits.short) {
  return z.string().trim().min(1, code('required')).max(max, code('too-long'));
}

/**
 * A username as the store accepts it: 3 to 32 of a-z, 0-9, dot, dash, underscore. An empty one
 * is only "required". (No `abort`: it would stop the form's object-level passphrase check.)
 */
export const usernameField = z
  .string()
  .trim()
  .min(1, code('required'))
  .refine(
    (value) => value === '' || StaffUser.shape.username.safeParse(value).success,
    code('invalid-username'),
  );

/** `+227 90 12 34 56` → `+22790123456`: spaces, dots, dashes and brackets are dropped. */
export function compactPhone(value: string): string {
  return value.replace(/[\s.\-()]/g, '');
}

/** An optional phone number in international form (E.164); empty means none. */
export const optionalPhoneField = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || E164.safeParse(compactPhone(value)).success,
    code('invalid-phone'),
  );

/** An optional e-mail address; empty means none. */
export const optionalEmailField = z
  .string()
  .trim()
  .refine((value) => value === '' || Email.safeParse(value).success, code('invalid-email'));

interface NewPassphraseValues {
  passphrase: string;
  confirmation: string;
}

/**
 * Object-level check of a new passphrase and its confirmation: the store's policy (with the
 * username it must not contain) and both typed alike.
 */
export function checkNewPassphrase(
  values: NewPassphraseValues,
  username: string | undefined,
  ctx: z.RefinementCtx,
): void {
  if (typeof values.passphrase !== 'string' || typeof values.confirmation !== 'string') return;
  if (checkPassphrase(values.passphrase, { username }).length > 0) {
    ctx.addIssue({ code: 'custom', path: ['passphrase'], message: 'weak-passphrase' });
  } else if (values.passphrase !== values.confirmation) {
    ctx.addIssue({ code: 'custom', path: ['confirmation'], message: 'mismatch' });
  }
}

/**
 * Options for a form's object-level check: run it even when a field has failed (an unchosen
 * option), so every problem shows at once instead of one round after another.
 */
export const evenWithFieldErrors = { when: () => true } as const;
