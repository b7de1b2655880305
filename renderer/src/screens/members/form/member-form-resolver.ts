import { toNestErrors } from '@hookform/resolvers';
import type { Control, FieldErrors, Resolver } from 'react-hook-form';
import type { MemberFormValues } from './member-form-values';
import {
  validateMemberForm,
  type MemberFormContext,
  type MemberSubmission,
} from './validate-member-form';

/** react-hook-form resolver over {@link validateMemberForm}: each error's message is its code. */
export const memberFormResolver: Resolver<MemberFormValues, MemberFormContext, MemberSubmission> = (
  values,
  context,
  options,
) => {
  const check = validateMemberForm(values, context ?? { activeConsents: new Set() });
  if (check.ok) return { values: check.submission, errors: {} };
  const flat: FieldErrors = {};
  for (const [path, code] of check.errors) flat[path] = { type: 'validate', message: code };
  return { values: {}, errors: toNestErrors(flat, options) };
};

/** The member form's control, with its context and submitted values. */
export type MemberFormControl = Control<MemberFormValues, MemberFormContext, MemberSubmission>;
