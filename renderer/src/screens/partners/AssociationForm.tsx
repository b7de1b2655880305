import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listVersion } from '../../../../shared/codelists/lazy';
import { associationLevels } from '../../../../shared/domain/organisation';
import { canBeParent, type AssociationLike } from '../../../../shared/referrals/association-tree';
import { SubmitWithProgress } from '../../forms/SubmitWithProgress';
import { useFormErrorMessage } from '../../forms/use-form-error-message';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useActiveSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { repositoryFor, type StoreError } from '../../store';
import { CountrySelect } from '../setup/CountrySelect';
import { AssociationValues } from './association-values';

interface AssociationFormProps {
  editing: { id: string; rev: number } | null;
  initial: AssociationValues;
  associations: readonly AssociationLike[];
  onSaved: () => void;
}

/** Creates or edits a diaspora association and where it sits in the hierarchy. */
export function AssociationForm({ editing, initial, associations, onSaved }: AssociationFormProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const fieldError = useFormErrorMessage();
  const storeError = useStoreErrorMessage();
  const [failure, setFailure] = useState<StoreError | null>(null);
  const form = useForm({ resolver: zodResolver(AssociationValues), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const level = useWatch({ control: form.control, name: 'level' });
  const self = { id: editing?.id ?? '', name: '', level };
  const parents = associations.filter((a) => canBeParent(a, self));

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    if (!session) return setFailure({ code: 'locked' });
    const parentOk = parents.some((p) => p.id === values.parentId);
    const content = {
      kind: 'diaspora-association' as const,
      name: values.name,
      level: values.level,
      parentId: parentOk && values.parentId ? values.parentId : undefined,
      country: {
        list: 'iso-3166-1' as const,
        version: listVersion('iso-3166-1'),
        code: values.country,
      },
    };
    const repo = repositoryFor('organisation');
    const result = editing
      ? await repo.update(session, editing.id, content, { expectedRev: editing.rev })
      : await repo.create(session, content);
    if (!result.ok) return setFailure(result.error);
    onSaved();
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw="40rem">
        <TextInput
          label={t('associations.fields.name')}
          error={fieldError(errors.name)}
          {...form.register('name')}
        />
        <Controller
          control={form.control}
          name="level"
          render={({ field }) => (
            <Select
              label={t('associations.fields.level')}
              data={associationLevels.map((v) => ({
                value: v,
                label: t(`associations.levels.${v}`),
              }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              allowDeselect={false}
            />
          )}
        />
        <Controller
          control={form.control}
          name="parentId"
          render={({ field }) => (
            <Select
              label={t('associations.fields.parent')}
              description={t('associations.fields.parentHint')}
              data={parents.map((p) => ({ value: p.id, label: p.name }))}
              value={parents.some((p) => p.id === field.value) ? field.value : null}
              onChange={(v) => field.onChange(v)}
              clearable
              searchable
              nothingFoundMessage={t('associations.fields.noParent')}
            />
          )}
        />
        <Controller
          control={form.control}
          name="country"
          render={({ field }) => (
            <CountrySelect
              label={t('associations.fields.country')}
              value={field.value === '' ? null : field.value}
              onChange={(v) => field.onChange(v ?? '')}
              error={fieldError(errors.country)}
            />
          )}
        />
        {failure && <StatusMessage tone="error">{storeError(failure)}</StatusMessage>}
        <Group>
          <SubmitWithProgress
            busy={isSubmitting}
            label={t('associations.form.save')}
            working={t('associations.form.saving')}
          />
          <Button variant="default" component="a" href="#/partners/associations">
            {t('associations.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
