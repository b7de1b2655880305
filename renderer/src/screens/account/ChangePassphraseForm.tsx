import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { checkNewPassphrase, evenWithFieldErrors } from '../../forms/field-schemas';
import { NewPassphraseFields } from '../../forms/NewPassphraseFields';
import { PassphraseInput } from '../../forms/PassphraseInput';
import { SubmitWithProgress } from '../../forms/SubmitWithProgress';
import { useFormErrorMessage } from '../../forms/use-form-error-message';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useDeskSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { changePassphrase, type StoreError } from '../../store';

type Outcome = { kind: 'changed' } | { kind: 'failed'; error: StoreError } | null;

interface ChangePassphraseFormProps {
  /** Heading of the form (its name for assistive technology too). */
  title: string;
  onChanged?: () => void;
}

/** The signed-in person replaces their passphrase: the current one, then the new one twice. */
export function ChangePassphraseForm({ title, onChanged }: ChangePassphraseFormProps) {
  const { t } = useTranslation();
  const { session } = useDeskSession();
  const username = session?.username;
  const fieldError = useFormErrorMessage();
  const storeError = useStoreErrorMessage();
  const headingId = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const schema = useMemo(
    () =>
      z
        .object({
          current: z.string().min(1, { error: 'required' }),
          passphrase: z.string(),
          confirmation: z.string(),
        })
        .superRefine(
          (values, ctx) => checkNewPassphrase(values, username, ctx),
          evenWithFieldErrors,
        ),
    [username],
  );
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { current: '', passphrase: '', confirmation: '' },
  });
  const passphrase = useWatch({ control: form.control, name: 'passphrase' });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    if (!session) return setOutcome({ kind: 'failed', error: { code: 'locked' } });
    const result = await changePassphrase(session, values.current, values.passphrase);
    if (!result.ok) return setOutcome({ kind: 'failed', error: result.error });
    form.reset();
    setOutcome({ kind: 'changed' });
    onChanged?.();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        <PassphraseInput
          label={t('account.currentPassphrase')}
          autoComplete="current-password"
          error={fieldError(errors.current)}
          {...form.register('current')}
        />
        <NewPassphraseFields
          label={t('account.newPassphrase')}
          passphrase={passphrase}
          username={username}
          passphraseField={form.register('passphrase')}
          confirmationField={form.register('confirmation')}
          errors={{
            passphrase: fieldError(errors.passphrase),
            confirmation: fieldError(errors.confirmation),
          }}
        />
        {outcome?.kind === 'failed' && (
          <StatusMessage tone="error">
            {storeError(outcome.error, { reauthenticating: true })}
          </StatusMessage>
        )}
        {outcome?.kind === 'changed' && (
          <StatusMessage tone="success">{t('account.changed')}</StatusMessage>
        )}
        <SubmitWithProgress
          busy={isSubmitting}
          label={t('account.change')}
          working={t('account.working')}
        />
      </Stack>
    </form>
  );
}
