import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Fieldset, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listVersion } from '../../../../shared/codelists/lazy';
import { institutionTypes, transferBases } from '../../../../shared/domain/organisation';
import { supportedLocales } from '../../../../shared/i18n/locales';
import { agreementStatus } from '../../../../shared/referrals/agreement-status';
import { SubmitWithProgress } from '../../forms/SubmitWithProgress';
import { useFormErrorMessage } from '../../forms/use-form-error-message';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useActiveSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { repositoryFor, type StoreError } from '../../store';
import { CountrySelect } from '../setup/CountrySelect';
import { AgreementWarning } from './AgreementWarning';
import { PartnerContacts } from './PartnerContacts';
import { partnerContent, PartnerValues } from './partner-values';

const country = (code: string) => ({
  list: 'iso-3166-1' as const,
  version: listVersion('iso-3166-1'),
  code,
});

interface PartnerFormProps {
  /** The partner being edited, or null for a new one. */
  editing: { id: string; rev: number } | null;
  initial: PartnerValues;
  today: string;
  onSaved: (id: string) => void;
}

/** Creates or edits a partner institution, its contacts and its data-sharing agreement. */
export function PartnerForm({ editing, initial, today, onSaved }: PartnerFormProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const fieldError = useFormErrorMessage();
  const storeError = useStoreErrorMessage();
  const [failure, setFailure] = useState<StoreError | null>(null);
  const form = useForm({ resolver: zodResolver(PartnerValues), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const [hasAgreement, expiry] = useWatch({
    control: form.control,
    name: ['hasAgreement', 'agreementExpiry'],
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    if (!session) return setFailure({ code: 'locked' });
    const repo = repositoryFor('organisation');
    const content = partnerContent(values, country);
    const result = editing
      ? await repo.update(session, editing.id, content, { expectedRev: editing.rev })
      : await repo.create(session, content);
    if (!result.ok) return setFailure(result.error);
    onSaved(result.value.id);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw="40rem">
        <TextInput
          label={t('partners.fields.name')}
          error={fieldError(errors.name)}
          {...form.register('name')}
        />
        <Controller
          control={form.control}
          name="institutionType"
          render={({ field }) => (
            <Select
              label={t('partners.fields.institutionType')}
              data={institutionTypes.map((v) => ({ value: v, label: t(`partners.types.${v}`) }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              allowDeselect={false}
            />
          )}
        />
        <Controller
          control={form.control}
          name="country"
          render={({ field }) => (
            <CountrySelect
              label={t('partners.fields.country')}
              value={field.value === '' ? null : field.value}
              onChange={(v) => field.onChange(v ?? '')}
              error={fieldError(errors.country)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="correspondenceLanguage"
          render={({ field }) => (
            <Select
              label={t('partners.fields.correspondenceLanguage')}
              description={t('partners.fields.correspondenceLanguageHint')}
              data={supportedLocales.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              allowDeselect={false}
            />
          )}
        />
        <PartnerContacts form={form} />
        <Fieldset legend={t('partners.agreement.title')}>
          <Stack gap="sm">
            <Checkbox label={t('partners.agreement.has')} {...form.register('hasAgreement')} />
            {hasAgreement && (
              <>
                <TextInput
                  label={t('partners.agreement.reference')}
                  error={fieldError(errors.agreementReference)}
                  {...form.register('agreementReference')}
                />
                <TextInput
                  type="date"
                  label={t('partners.agreement.expiry')}
                  error={fieldError(errors.agreementExpiry)}
                  {...form.register('agreementExpiry')}
                />
                <AgreementWarning state={agreementStatus({ expiry }, today)} expiry={expiry} />
                <Controller
                  control={form.control}
                  name="recipientCountry"
                  render={({ field }) => (
                    <CountrySelect
                      label={t('partners.agreement.recipientCountry')}
                      value={field.value}
                      onChange={field.onChange}
                      error={fieldError(errors.recipientCountry)}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name="transferBasis"
                  render={({ field }) => (
                    <Select
                      label={t('partners.agreement.transferBasis')}
                      data={transferBases.map((v) => ({
                        value: v,
                        label: t(`partners.transferBases.${v}`),
                      }))}
                      value={field.value}
                      onChange={(v) => field.onChange(v)}
                      error={fieldError(errors.transferBasis)}
                    />
                  )}
                />
              </>
            )}
          </Stack>
        </Fieldset>
        {failure && <StatusMessage tone="error">{storeError(failure)}</StatusMessage>}
        <Group>
          <SubmitWithProgress
            busy={isSubmitting}
            label={t('partners.form.save')}
            working={t('partners.form.saving')}
          />
          <Button variant="default" component="a" href="#/partners">
            {t('partners.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
