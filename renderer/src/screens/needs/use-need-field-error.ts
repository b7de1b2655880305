import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const needErrorCodes = [
  'required',
  'too-long',
  'too-many',
  'too-small',
  'invalid-date',
  'end-before-start',
] as const;
type NeedErrorCode = (typeof needErrorCodes)[number];

const isNeedErrorCode = (value: unknown): value is NeedErrorCode =>
  (needErrorCodes as readonly unknown[]).includes(value);

/** A need form field's error (its code, from NeedValues) in the current language. */
export function useNeedFieldError(): (error?: { message?: string }) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      if (error === undefined) return undefined;
      const code = isNeedErrorCode(error.message) ? error.message : 'required';
      return t(`needs.errors.${code}`);
    },
    [t],
  );
}
