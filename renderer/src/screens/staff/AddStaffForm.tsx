import { zodResolver } from '@hookform/resolvers/zod';
import { Fieldset, Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { compactPhone } from '../../forms/field-schemas';
import { NewPassphraseFields } from '../../forms/NewPassphraseFields';
import { PassphraseInput } from '../../forms/PassphraseInput';
import { SubmitWithProgress } from '../../forms/SubmitWithProgress';
import { useFormErrorMessage } from '../../forms/use-form-error-message';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useActiveSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { addStaff, type StoreError } from '../../store';
import { StaffAccountFields } from './StaffAccountFields';
import { emptyNewStaff, NewStaffValues } from './staff-values';

type Outcome = { kind: 'added'; username: string } | { kind: 'failed'; error: StoreError } | null;

/**
 * An admin adds an account. Their own passphrase authorises it (the data key is wrapped anew
 * for the newcomer). What is typed survives a lock: the form stays mounted under the overlay.
 */
export function AddStaffForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const fieldError = useFormErrorMessage();
  const storeError = useStoreErrorMessage();
  const headingId = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useForm({ resolver: zodResolver(NewStaffValues), defaultValues: emptyNewStaff });
  const [passphrase, username] = useWatch({
    control: form.control,
    name: ['passphrase', 'username'],
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    if (!session) return setOutcome({ kind: 'failed', error: { code: 'locked' } });
    const result = await addStaff(session, values.adminPassphrase, {
      username: values.username,
      displayName: values.displayName,
      role: values.role,
      passphrase: values.passphrase,
      ...(values.phone ? { phone: compactPhone(values.phone) } : {}),
      ...(values.email ? { email: values.email } : {}),
    });
    if (!result.ok) {
      form.resetField('adminPassphrase');
      return setOutcome({ kind: 'failed', error: result.error });
    }
    form.reset(emptyNewStaff);
    setOutcome({ kind: 'added', username: result.value.username });
    onAdded();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('staff.add.title')}
      </Title>
      <Stack gap="md">
        <StaffAccountFields form={form} />
        <NewPassphraseFields
          label={t('staff.fields.firstPassphrase')}
          passphrase={passphrase}
          username={username}
          passphraseField={form.register('passphrase')}
          confirmationField={form.register('confirmation')}
          errors={{
            passphrase: fieldError(errors.passphrase),
            confirmation: fieldError(errors.confirmation),
          }}
        />
        <Fieldset legend={t('staff.add.authorise')}>
          <PassphraseInput
            label={t('staff.fields.adminPassphrase')}
            description={t('staff.add.authoriseHint')}
            autoComplete="current-password"
            error={fieldError(errors.adminPassphrase)}
            {...form.register('adminPassphrase')}
          />
        </Fieldset>
        {outcome?.kind === 'failed' && (
          <StatusMessage tone="error">
            {storeError(outcome.error, { reauthenticating: true })}
          </StatusMessage>
        )}
        {outcome?.kind === 'added' && (
          <StatusMessage tone="success">
            {t('staff.add.added', { username: outcome.username })}
          </StatusMessage>
        )}
        <SubmitWithProgress
          busy={isSubmitting}
          label={t('staff.add.submit')}
          working={t('staff.add.working')}
        />
      </Stack>
    </form>
  );
}
