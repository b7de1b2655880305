import { zodResolver } from '@hookform/resolvers/zod';
import { MultiSelect, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CONSULTATION_TOPICS_VERSION,
  consultationChannels,
  consultationTopics,
} from '../../../shared/domain/consultation';
import { SubmitWithProgress } from '../forms/SubmitWithProgress';
import { useFormErrorMessage } from '../forms/use-form-error-message';
import { useStoreErrorMessage } from '../i18n/use-store-error-message';
import { useActiveSession } from '../session/use-desk-session';
import { StatusMessage } from '../shell/StatusMessage';
import { repositoryFor, type StoreError } from '../store';
import { isoAt } from '../store/clock';
import { ConsultationValues, emptyConsultation } from './consultation-values';

type Outcome = { kind: 'saved' } | { kind: 'failed'; error: StoreError } | null;

/** Records a consultation with the member, by the signed-in counsellor, now. */
export function ConsultationForm({ personId, onSaved }: { personId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const headingId = useId();
  const fieldError = useFormErrorMessage();
  const storeError = useStoreErrorMessage();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useForm({
    resolver: zodResolver(ConsultationValues),
    defaultValues: emptyConsultation,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    if (!session) return setOutcome({ kind: 'failed', error: { code: 'locked' } });
    const result = await repositoryFor('consultation').create(session, {
      personId,
      at: isoAt(session.store.clock),
      topics: values.topics.map((code) => ({
        list: 'consultation-topic' as const,
        version: CONSULTATION_TOPICS_VERSION,
        code,
      })),
      channel: values.channel,
      ...(values.notes === '' ? {} : { notes: values.notes }),
      ...(values.followUpDate === '' ? {} : { followUpDate: values.followUpDate }),
      counsellorId: session.staffId,
    });
    if (!result.ok) return setOutcome({ kind: 'failed', error: result.error });
    form.reset(emptyConsultation);
    setOutcome({ kind: 'saved' });
    onSaved();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="sm">
        {t('consultations.form.title')}
      </Title>
      <Stack gap="sm" maw="40rem">
        <Controller
          control={form.control}
          name="topics"
          render={({ field }) => (
            <MultiSelect
              label={t('consultations.fields.topics')}
              data={consultationTopics.map((c) => ({
                value: c,
                label: t(`consultations.topics.${c}`),
              }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              searchable
              error={fieldError(errors.topics)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="channel"
          render={({ field }) => (
            <Select
              label={t('consultations.fields.channel')}
              data={consultationChannels.map((c) => ({
                value: c,
                label: t(`consultations.channels.${c}`),
              }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              allowDeselect={false}
            />
          )}
        />
        <Textarea
          label={t('consultations.fields.notes')}
          description={t('consultations.fields.notesHint')}
          autosize
          minRows={3}
          error={fieldError(errors.notes)}
          {...form.register('notes')}
        />
        <TextInput
          type="date"
          label={t('consultations.fields.followUpDate')}
          error={fieldError(errors.followUpDate)}
          {...form.register('followUpDate')}
        />
        {outcome?.kind === 'failed' && (
          <StatusMessage tone="error">{storeError(outcome.error)}</StatusMessage>
        )}
        {outcome?.kind === 'saved' && (
          <StatusMessage tone="success">{t('consultations.form.saved')}</StatusMessage>
        )}
        <SubmitWithProgress
          busy={isSubmitting}
          label={t('consultations.form.submit')}
          working={t('consultations.form.saving')}
        />
      </Stack>
    </form>
  );
}
