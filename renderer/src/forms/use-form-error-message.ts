import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isFormErrorCode } from './form-error-codes';

/** A field error's message (its code, from the form schema) in the current language. */
export function useFormErrorMessage(): (error?: { message?: string }) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      if (error === undefined) return undefined;
      const code = isFormErrorCode(error.message) ? error.message : 'required';
      return t(`forms.errors.${code}`);
    },
    [t],
  );
}
