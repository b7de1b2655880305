import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listVersion } from '../../../../shared/codelists/lazy';
import { missionDurations } from '../../../../shared/domain/contribution';
import { missionModes, missionStatuses } from '../../../../shared/domain/mission-request';
import type { PartnerInstitution } from '../../../../shared/domain/organisation';
import { SubmitWithProgress } from '../../forms/SubmitWithProgress';
import { CodePicker } from '../../forms/inputs/CodePicker';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useActiveSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { repositoryFor, type StoreError, type Visible } from '../../store';
import { LanguagesPicker } from './LanguagesPicker';
import { needContent, NeedValues } from './need-values';
import { useNeedFieldError } from './use-need-field-error';

const language = (code: string) => ({
  list: 'iso-639-3' as const,
  version: listVersion('iso-639-3'),
  code,
});

interface NeedFormProps {
  /** The need being edited, or null for a new one. */
  readonly editing: { id: string; rev: number } | null;
  readonly initial: NeedValues;
  readonly partners: readonly Visible<PartnerInstitution>[];
  readonly onSaved: (id: string) => void;
  readonly onCancel: () => void;
}

/** Creates or edits a mission request: who asks, for what expertise, how, when and how many. */
export function NeedForm({ editing, initial, partners, onSaved, onCancel }: NeedFormProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const fieldError = useNeedFieldError();
  const storeError = useStoreErrorMessage();
  const [failure, setFailure] = useState<StoreError | null>(null);
  const form = useForm({ resolver: zodResolver(NeedValues), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const choices = <T extends string>(values: readonly T[], key: (v: T) => string) =>
    values.map((value) => ({ value, label: key(value) }));

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    if (!session) return setFailure({ code: 'locked' });
    const repo = repositoryFor('mission-request');
    const content = needContent(values, language);
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
          label={t('needs.fields.title')}
          error={fieldError(errors.title)}
          {...form.register('title')}
        />
        <Controller
          control={form.control}
          name="hostInstitutionId"
          render={({ field }) => (
            <Select
              label={t('needs.fields.host')}
              description={
                partners.length === 0 ? t('needs.fields.noPartners') : t('needs.fields.hostHint')
              }
              data={partners.map((p) => ({ value: p.id, label: p.name ?? p.id }))}
              value={field.value === '' ? null : field.value}
              onChange={(v) => field.onChange(v ?? '')}
              searchable
              error={fieldError(errors.hostInstitutionId)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="occupation"
          render={({ field }) => (
            <CodePicker
              list="isco-08"
              label={t('needs.fields.occupation')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError(errors.occupation)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="skills"
          render={({ field }) => (
            <TagsInput
              label={t('needs.fields.skills')}
              description={t('needs.fields.skillsHint')}
              value={field.value}
              onChange={field.onChange}
              maxTags={30}
              clearable
              error={fieldError(errors.skills)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="languages"
          render={({ field }) => (
            <LanguagesPicker
              label={t('needs.fields.languages')}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.languages)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="sector"
          render={({ field }) => (
            <CodePicker
              list="isic-rev4"
              label={t('needs.fields.sector')}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
        <Controller
          control={form.control}
          name="region"
          render={({ field }) => (
            <CodePicker
              list="iso-3166-2"
              label={t('needs.fields.region')}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="mode"
            render={({ field }) => (
              <Select
                label={t('needs.fields.mode')}
                data={choices(missionModes, (m) => t(`needs.modes.${m}`))}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                allowDeselect={false}
              />
            )}
          />
          <Controller
            control={form.control}
            name="duration"
            render={({ field }) => (
              <Select
                label={t('needs.fields.duration')}
                data={choices(missionDurations, (d) => t(`needs.durations.${d}`))}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                allowDeselect={false}
              />
            )}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('needs.fields.startDate')}
            error={fieldError(errors.startDate)}
            {...form.register('startDate')}
          />
          <TextInput
            type="date"
            label={t('needs.fields.endDate')}
            error={fieldError(errors.endDate)}
            {...form.register('endDate')}
          />
        </Group>
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="expertsNeeded"
            render={({ field }) => (
              <NumberInput
                label={t('needs.fields.expertsNeeded')}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                min={1}
                max={500}
                allowDecimal={false}
                error={fieldError(errors.expertsNeeded)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Select
                label={t('needs.fields.status')}
                data={choices(missionStatuses, (s) => t(`needs.statuses.${s}`))}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                allowDeselect={false}
              />
            )}
          />
        </Group>
        <Textarea
          label={t('needs.fields.description')}
          autosize
          minRows={3}
          error={fieldError(errors.description)}
          {...form.register('description')}
        />
        <Group>
          <SubmitWithProgress
            label={t('needs.form.save')}
            working={t('needs.form.saving')}
            busy={isSubmitting}
          />
          <Button variant="default" onClick={onCancel}>
            {t('needs.form.cancel')}
          </Button>
        </Group>
        {failure && <StatusMessage tone="error">{storeError(failure)}</StatusMessage>}
      </Stack>
    </form>
  );
}
