import { zodResolver } from '@hookform/resolvers/zod';
import { Button, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Settings } from '../../../../shared/ipc/contract';
import type { IpcErrorCode } from '../../../../shared/ipc/result';
import { useIpcErrorMessage } from '../../i18n/use-ipc-error-message';
import { useSettings } from '../../settings/use-settings';
import { StatusMessage } from '../../shell/StatusMessage';

const IdleLockValues = Settings.pick({ idleLockMinutes: true });
type IdleLockValues = typeof IdleLockValues;

/** The shared schema's bounds, shown to the person exactly as the validation applies them. */
const range = {
  min: IdleLockValues.shape.idleLockMinutes.minValue ?? 1,
  max: IdleLockValues.shape.idleLockMinutes.maxValue ?? 240,
};

type Outcome = { saved: number } | { error: IpcErrorCode } | null;

/** Auto-lock minutes, validated with the shared Settings schema before it is saved. */
export function IdleLockForm() {
  const { t } = useTranslation();
  const { settings, save } = useSettings();
  const errorMessage = useIpcErrorMessage();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const headingId = useId();
  const form = useForm({
    resolver: zodResolver(IdleLockValues),
    values: { idleLockMinutes: settings.idleLockMinutes },
  });
  const fieldError = form.formState.errors.idleLockMinutes;

  const onSubmit = form.handleSubmit(
    async (values) => {
      const result = await save(values);
      setOutcome(
        result.ok ? { saved: result.value.idleLockMinutes } : { error: result.error.code },
      );
    },
    () => setOutcome(null),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('settings.idleLock.title')}
      </Title>
      <TextInput
        type="number"
        inputMode="numeric"
        min={range.min}
        max={range.max}
        step={1}
        styles={{ wrapper: { maxInlineSize: '12rem' } }}
        label={t('settings.idleLock.label')}
        description={t('settings.idleLock.description', range)}
        error={fieldError ? t('settings.idleLock.error', range) : undefined}
        errorProps={{ role: 'alert' }}
        {...form.register('idleLockMinutes', { valueAsNumber: true })}
      />
      <Button type="submit" mt="md" loading={form.formState.isSubmitting}>
        {t('settings.idleLock.save')}
      </Button>
      {outcome && 'saved' in outcome && (
        <StatusMessage tone="success">
          {t('settings.idleLock.saved', { minutes: outcome.saved })}
        </StatusMessage>
      )}
      {outcome && 'error' in outcome && (
        <StatusMessage tone="error">{errorMessage(outcome.error)}</StatusMessage>
      )}
    </form>
  );
}
