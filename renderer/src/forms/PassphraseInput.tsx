import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A passphrase field: not spell-checked or autocompleted into other apps, errors announced, and
 * a named button to show what was typed (long passphrases are easier to get right seen).
 */
export const PassphraseInput = forwardRef<HTMLInputElement, PasswordInputProps>(
  function PassphraseInput(props, ref) {
    const { t } = useTranslation();
    return (
      <PasswordInput
        ref={ref}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        errorProps={{ role: 'alert' }}
        visibilityToggleButtonProps={{ 'aria-label': t('forms.showCharacters') }}
        {...props}
      />
    );
  },
);
