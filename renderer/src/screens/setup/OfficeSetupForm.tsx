import { zodResolver } from '@hookform/resolvers/zod';
import { Fieldset, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listVersion } from '../../../../shared/codelists/lazy';
import { NewPassphraseFields } from '../../forms/NewPassphraseFields';
import { SubmitWithProgress } from '../../forms/SubmitWithProgress';
import { useFormErrorMessage } from '../../forms/use-form-error-message';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useDeskSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { createOffice, type CreatedOffice, type StoreError } from '../../store';
import { OfficeFields } from './OfficeFields';
import { SetupValues, type SetupInput } from './setup-values';

const empty = {
  officeName: '',
  country: '',
  officeType: undefined,
  username: '',
  displayName: '',
  passphrase: '',
  confirmation: '',
} as unknown as SetupInput;

/** First run: the office and its first administrator. Creating the keys takes a moment. */
export function OfficeSetupForm({
  onCreated,
}: {
  onCreated: (created: CreatedOffice, officeName: string) => void;
}) {
  const { t } = useTranslation();
  const { store } = useDeskSession();
  const fieldError = useFormErrorMessage();
  const storeError = useStoreErrorMessage();
  const [failure, setFailure] = useState<StoreError | null>(null);
  const form = useForm<SetupInput, unknown, SetupValues>({
    resolver: zodResolver(SetupValues),
    defaultValues: empty,
  });
  const [passphrase, username] = useWatch({
    control: form.control,
    name: ['passphrase', 'username'],
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await createOffice(store, {
      office: {
        name: values.officeName,
        country: { list: 'iso-3166-1', version: listVersion('iso-3166-1'), code: values.country },
        officeType: values.officeType,
      },
      admin: {
        username: values.username,
        displayName: values.displayName,
        passphrase: values.passphrase,
      },
    });
    if (result.ok) onCreated(result.value, values.officeName);
    else setFailure(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <OfficeFields form={form} disabled={isSubmitting} />
        <Fieldset legend={t('setup.admin.legend')} disabled={isSubmitting}>
          <Text size="sm" mb="md">
            {t('setup.admin.intro')}
          </Text>
          <Stack gap="md">
            <TextInput
              label={t('staff.fields.username')}
              description={t('staff.fields.usernameHint')}
              autoComplete="username"
              autoCapitalize="off"
              spellCheck={false}
              error={fieldError(errors.username)}
              errorProps={{ role: 'alert' }}
              {...form.register('username')}
            />
            <TextInput
              label={t('staff.fields.displayName')}
              error={fieldError(errors.displayName)}
              errorProps={{ role: 'alert' }}
              {...form.register('displayName')}
            />
            <NewPassphraseFields
              passphrase={passphrase}
              username={username}
              passphraseField={form.register('passphrase')}
              confirmationField={form.register('confirmation')}
              errors={{
                passphrase: fieldError(errors.passphrase),
                confirmation: fieldError(errors.confirmation),
              }}
            />
          </Stack>
        </Fieldset>
        {failure && <StatusMessage tone="error">{storeError(failure)}</StatusMessage>}
        <SubmitWithProgress
          busy={isSubmitting}
          label={t('setup.submit')}
          working={t('setup.working')}
        />
      </Stack>
    </form>
  );
}
