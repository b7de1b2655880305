/** Every message a form's own validation can produce; each has a `forms.errors.<code>` text. */
export const formErrorCodes = [
  'required',
  'too-long',
  'invalid-username',
  'invalid-phone',
  'invalid-email',
  'weak-passphrase',
  'mismatch',
  'not-confirmed',
] as const;
export type FormErrorCode = (typeof formErrorCodes)[number];

export function isFormErrorCode(value: unknown): value is FormErrorCode {
  return (formErrorCodes as readonly unknown[]).includes(value);
}
