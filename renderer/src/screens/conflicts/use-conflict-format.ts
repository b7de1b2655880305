import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../../shared/i18n/locales';
import type { ProfileFormat } from '../members/profile/profile-format';
import { useCodeLabels } from '../members/profile/use-code-labels';

/** How conflict values read in the current language, code lists of `values` loaded. */
export function useConflictFormat(values: unknown): ProfileFormat {
  const { t, i18n } = useTranslation();
  const { label } = useCodeLabels(values);
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  return { t, locale, label };
}
