import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PassphraseInput } from '../../forms/PassphraseInput';
import { SubmitWithProgress } from '../../forms/SubmitWithProgress';
import { useFormErrorMessage } from '../../forms/use-form-error-message';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import type { DeskPerson } from '../../session/session-context';
import { useDeskSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { unlock, type StoreError } from '../../store';
import { LockoutNotice } from './LockoutNotice';

const UnlockValues = z.object({
  username: z.string().trim().min(1, { error: 'required' }),
  passphrase: z.string().min(1, { error: 'required' }),
});

/** Username and passphrase; a wrong one says how many tries are left, a lockout counts down. */
export function UnlockForm({ lockedPerson }: { lockedPerson?: DeskPerson }) {
  const { t } = useTranslation();
  const { store, signIn } = useDeskSession();
  const fieldError = useFormErrorMessage();
  const storeError = useStoreErrorMessage();
  const [failure, setFailure] = useState<StoreError | null>(null);
  const form = useForm({
    resolver: zodResolver(UnlockValues),
    defaultValues: { username: lockedPerson?.username ?? '', passphrase: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ username, passphrase }) => {
    setFailure(null);
    const result = await unlock(store, username, passphrase);
    if (result.ok) return signIn(result.value);
    form.resetField('passphrase');
    form.setFocus('passphrase');
    setFailure(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('unlock.username')}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          autoFocus={lockedPerson === undefined}
          error={fieldError(errors.username)}
          errorProps={{ role: 'alert' }}
          {...form.register('username')}
        />
        <PassphraseInput
          label={t('unlock.passphrase')}
          autoComplete="current-password"
          autoFocus={lockedPerson !== undefined}
          error={fieldError(errors.passphrase)}
          {...form.register('passphrase')}
        />
        {failure?.code === 'locked-out' ? (
          <LockoutNotice retryAt={failure.retryAt} />
        ) : (
          failure && <StatusMessage tone="error">{storeError(failure)}</StatusMessage>
        )}
        <SubmitWithProgress
          busy={isSubmitting}
          label={lockedPerson ? t('unlock.unlock') : t('unlock.signIn')}
          working={t('unlock.checking')}
        />
      </Stack>
    </form>
  );
}
