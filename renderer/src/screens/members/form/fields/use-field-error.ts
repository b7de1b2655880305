import { get, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MemberFormValues } from '../member-form-values';
import { isMemberFormErrorCode } from '../member-form-error-codes';

/** The error message of one field, in the interface language, or undefined. */
export function useFieldError(path: string): string | undefined {
  const { t } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const { errors } = useFormState({ control, name: path as never });
  const error = get(errors, path) as { message?: string } | undefined;
  if (error?.message === undefined) return undefined;
  const code = isMemberFormErrorCode(error.message) ? error.message : 'invalid-value';
  return t(`memberForm.errors.${code}`);
}
