import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  checkNewPassphrase,
  compactPhone,
  evenWithFieldErrors,
  optionalEmailField,
  optionalPhoneField,
  usernameField,
} from '../../../renderer/src/forms/field-schemas';

const NewPassphrase = z
  .object({ username: z.string(), passphrase: z.string(), confirmation: z.string() })
  .superRefine((v, ctx) => checkNewPassphrase(v, v.username, ctx), evenWithFieldErrors);

const messages = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('form field schemas', () => {
  it('accepts usernames the store accepts, with a form error code otherwise', () => {
    expect(usernameField.safeParse('amina.admin').success).toBe(true);
    expect(messages(usernameField.safeParse(''))).toEqual([['', 'required']]);
    expect(messages(usernameField.safeParse('Amina Admin'))).toEqual([['', 'invalid-username']]);
  });

  it('takes phone numbers as people type them and stores them in E.164', () => {
    expect(compactPhone('+227 90 12-34 (56)')).toBe('+22790123456');
    expect(optionalPhoneField.safeParse('').success).toBe(true);
    expect(optionalPhoneField.safeParse('+227 90 12 34 56').success).toBe(true);
    expect(messages(optionalPhoneField.safeParse('90 12 34 56'))).toEqual([['', 'invalid-phone']]);
  });

  it('takes an optional e-mail address', () => {
    expect(optionalEmailField.safeParse('').success).toBe(true);
    expect(optionalEmailField.safeParse('a.b@example.org').success).toBe(true);
    expect(messages(optionalEmailField.safeParse('a.b@'))).toEqual([['', 'invalid-email']]);
  });

  it('checks a new passphrase against the policy, then the confirmation', () => {
    const base = { username: 'amina.admin' };
    expect(
      messages(NewPassphrase.safeParse({ ...base, passphrase: 'password', confirmation: '' })),
    ).toEqual([['passphrase', 'weak-passphrase']]);
    expect(
      messages(
        NewPassphrase.safeParse({
          ...base,
          passphrase: 'river stone window lantern',
          confirmation: 'river stone window lanterns',
        }),
      ),
    ).toEqual([['confirmation', 'mismatch']]);
    expect(
      NewPassphrase.safeParse({
        ...base,
        passphrase: 'river stone window lantern',
        confirmation: 'river stone window lantern',
      }).success,
    ).toBe(true);
  });

  it('reports the passphrase problem together with other fields’ problems', () => {
    const Form = z
      .object({
        role: z.enum(['clerk', 'admin']),
        passphrase: z.string(),
        confirmation: z.string(),
      })
      .superRefine((v, ctx) => checkNewPassphrase(v, undefined, ctx), evenWithFieldErrors);
    const result = Form.safeParse({ role: undefined, passphrase: 'password', confirmation: '' });
    expect(messages(result).map(([path]) => path)).toEqual(['role', 'passphrase']);
  });
});
