import { domainErrorCodes } from '../../../../../shared/domain/domain-error-codes';
import { draftProblemCodes } from '../../../../../shared/domain/draft-problems';
import type { MemberFormErrorCode } from './validate-member-form';

/** Every code a member form error can carry; each has a `memberForm.errors.<code>` text. */
export const memberFormErrorCodes = [
  ...domainErrorCodes,
  ...draftProblemCodes,
  'phone-invalid',
  'phone-country-required',
] as const satisfies readonly MemberFormErrorCode[];

export function isMemberFormErrorCode(value: unknown): value is MemberFormErrorCode {
  return (memberFormErrorCodes as readonly unknown[]).includes(value);
}
