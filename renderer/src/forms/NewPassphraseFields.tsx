import { Stack } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { passphraseStrength } from './passphrase-strength';
import { PassphraseInput } from './PassphraseInput';
import { PassphraseStrengthMeter } from './PassphraseStrengthMeter';

interface NewPassphraseFieldsProps {
  /** The current value of the passphrase field (watched), for live feedback. */
  passphrase: string;
  /** The account's username: a passphrase must not contain it. */
  username?: string;
  passphraseField: UseFormRegisterReturn;
  confirmationField: UseFormRegisterReturn;
  errors: { passphrase?: string; confirmation?: string };
  /** Label of the first field: "Passphrase", "New passphrase", "First passphrase". */
  label?: string;
  disabled?: boolean;
}

/** A new passphrase typed twice, with the rules and live feedback on its strength. */
export function NewPassphraseFields({
  passphrase,
  username,
  passphraseField,
  confirmationField,
  errors,
  label,
  disabled,
}: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const strength = passphraseStrength(passphrase, username);
  return (
    <Stack gap="sm">
      <div>
        <PassphraseInput
          label={label ?? t('forms.passphrase.label')}
          description={t('forms.passphrase.rules')}
          autoComplete="new-password"
          error={errors.passphrase}
          disabled={disabled}
          {...passphraseField}
        />
        <PassphraseStrengthMeter strength={strength} />
      </div>
      <PassphraseInput
        label={t('forms.passphrase.confirm')}
        autoComplete="new-password"
        error={errors.confirmation}
        disabled={disabled}
        {...confirmationField}
      />
    </Stack>
  );
}
