import { Fieldset, Radio, Stack, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { officeTypes } from '../../../../shared/domain/office';
import { useFormErrorMessage } from '../../forms/use-form-error-message';
import { CountrySelect } from './CountrySelect';
import type { SetupInput, SetupValues } from './setup-values';

interface OfficeFieldsProps {
  form: UseFormReturn<SetupInput, unknown, SetupValues>;
  disabled: boolean;
}

/** The office part of the setup form: its name, country and type. */
export function OfficeFields({ form, disabled }: OfficeFieldsProps) {
  const { t } = useTranslation();
  const fieldError = useFormErrorMessage();
  const { errors } = form.formState;
  return (
    <Fieldset legend={t('setup.office.legend')} disabled={disabled}>
      <Stack gap="md">
        <TextInput
          label={t('setup.office.name')}
          error={fieldError(errors.officeName)}
          errorProps={{ role: 'alert' }}
          {...form.register('officeName')}
        />
        <Controller
          control={form.control}
          name="country"
          render={({ field }) => (
            <CountrySelect
              label={t('setup.office.country')}
              value={field.value || null}
              onChange={(code) => field.onChange(code ?? '')}
              onBlur={field.onBlur}
              error={fieldError(errors.country)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="officeType"
          render={({ field }) => (
            <Radio.Group
              label={t('setup.office.type')}
              value={field.value ?? null}
              onChange={field.onChange}
              error={fieldError(errors.officeType)}
              errorProps={{ role: 'alert' }}
            >
              <Stack gap="xs" mt="xs">
                {officeTypes.map((type) => (
                  <Radio key={type} value={type} label={t(`officeTypes.${type}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
      </Stack>
    </Fieldset>
  );
}
