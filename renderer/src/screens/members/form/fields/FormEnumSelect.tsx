import { Select } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MemberFormValues } from '../member-form-values';
import { fieldId } from './field-id';
import { useFieldError } from './use-field-error';

interface FormEnumSelectProps {
  readonly name: string;
  readonly label: string;
  readonly values: readonly string[];
  /** Option labels: `memberForm.options.<options>.<value>`. */
  readonly options: string;
  readonly clearable?: boolean;
}

/** A choice among a domain enum's values, labelled in the interface language. */
export function FormEnumSelect({
  name,
  label,
  values,
  options,
  clearable = true,
}: FormEnumSelectProps) {
  const { t } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const error = useFieldError(name);
  const data = values.map((value) => ({
    value,
    label: t(`memberForm.options.${options}.${value}` as never),
  }));
  return (
    <Controller
      control={control}
      name={name as never}
      render={({ field }) => (
        <Select
          ref={field.ref}
          name={field.name}
          id={fieldId(name)}
          label={label}
          data={data}
          value={(field.value as string | null) ?? null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error}
          clearable={clearable}
          clearButtonProps={{ 'aria-label': t('pickers.clear') }}
          placeholder={t('memberForm.choose')}
        />
      )}
    />
  );
}
