import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MemberFormValues } from '../member-form-values';
import { fieldId } from './field-id';
import { useFieldError } from './use-field-error';

/** A month of the year, named in the interface language; the value is '1'..'12'. */
export function FormMonthSelect({
  name,
  label,
}: {
  readonly name: string;
  readonly label: string;
}) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const error = useFieldError(name);
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => ({
      value: String(i + 1),
      label: format.format(Date.UTC(2000, i, 1)),
    }));
  }, [i18n.language]);
  return (
    <Controller
      control={control}
      name={name as never}
      render={({ field }) => (
        <Select
          id={fieldId(name)}
          label={label}
          data={months}
          value={(field.value as string) === '' ? null : (field.value as string)}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          error={error}
          placeholder={t('memberForm.choose')}
        />
      )}
    />
  );
}
