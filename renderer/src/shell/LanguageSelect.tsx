import { NativeSelect } from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, supportedLocales } from '../../../shared/i18n/locales';
import type { IpcErrorCode } from '../../../shared/ipc/result';
import { useIpcErrorMessage } from '../i18n/use-ipc-error-message';
import { useSettings } from '../settings/use-settings';

interface LanguageSelectProps {
  label: string;
  description?: string;
  className?: string;
}

/** Chooses the interface language; the choice applies at once and is saved in the settings. */
export function LanguageSelect({ label, description, className }: LanguageSelectProps) {
  const { t } = useTranslation();
  const { settings, save } = useSettings();
  const errorMessage = useIpcErrorMessage();
  const [error, setError] = useState<IpcErrorCode | null>(null);

  const onChange = async (event: ChangeEvent<HTMLSelectElement>) => {
    const locale = event.currentTarget.value;
    if (!isLocale(locale)) return;
    const result = await save({ locale });
    setError(result.ok ? null : result.error.code);
  };

  return (
    <NativeSelect
      className={className}
      label={label}
      description={description}
      value={settings.locale}
      onChange={onChange}
      error={error ? errorMessage(error) : undefined}
      errorProps={{ role: 'alert' }}
    >
      {supportedLocales.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {t(`languages.${locale}`)}
        </option>
      ))}
    </NativeSelect>
  );
}
