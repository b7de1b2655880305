import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { checkNewPassphrase, evenWithFieldErrors, usernameField } from '../../forms/field-schemas';
import { NewPassphraseFields } from '../../forms/NewPassphraseFields';
import { SubmitWithProgress } from '../../forms/SubmitWithProgress';
import { useFormErrorMessage } from '../../forms/use-form-error-message';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useDeskSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { recoverAccess, type StoreError } from '../../store';

const RecoverValues = z
  .object({
    recoveryKey: z.string().trim().min(1, { error: 'required' }),
    username: usernameField,
    passphrase: z.string(),
    confirmation: z.string(),
  })
  .superRefine(
    (values, ctx) => checkNewPassphrase(values, values.username, ctx),
    evenWithFieldErrors,
  );

/** A forgotten passphrase: the office's recovery key lets the account choose a new one. */
export function RecoverAccessForm() {
  const { t } = useTranslation();
  const { store, signIn } = useDeskSession();
  const fieldError = useFormErrorMessage();
  const storeError = useStoreErrorMessage();
  const [failure, setFailure] = useState<StoreError | null>(null);
  const form = useForm({
    resolver: zodResolver(RecoverValues),
    defaultValues: { recoveryKey: '', username: '', passphrase: '', confirmation: '' },
  });
  const [passphrase, username] = useWatch({
    control: form.control,
    name: ['passphrase', 'username'],
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await recoverAccess(
      store,
      values.recoveryKey,
      values.username,
      values.passphrase,
    );
    if (result.ok) return signIn(result.value);
    setFailure(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('recover.recoveryKey')}
          description={t('recover.recoveryKeyHint')}
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          error={fieldError(errors.recoveryKey)}
          errorProps={{ role: 'alert' }}
          {...form.register('recoveryKey')}
        />
        <TextInput
          label={t('recover.username')}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          error={fieldError(errors.username)}
          errorProps={{ role: 'alert' }}
          {...form.register('username')}
        />
        <NewPassphraseFields
          label={t('recover.newPassphrase')}
          passphrase={passphrase}
          username={username}
          passphraseField={form.register('passphrase')}
          confirmationField={form.register('confirmation')}
          errors={{
            passphrase: fieldError(errors.passphrase),
            confirmation: fieldError(errors.confirmation),
          }}
        />
        {failure && <StatusMessage tone="error">{storeError(failure)}</StatusMessage>}
        <SubmitWithProgress
          busy={isSubmitting}
          label={t('recover.submit')}
          working={t('recover.working')}
        />
      </Stack>
    </form>
  );
}
