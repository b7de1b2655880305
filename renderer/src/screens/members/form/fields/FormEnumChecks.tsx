import { Checkbox, Group } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MemberFormValues } from '../member-form-values';
import { fieldId } from './field-id';
import { useFieldError } from './use-field-error';

interface FormEnumChecksProps {
  readonly name: string;
  readonly label: string;
  readonly values: readonly string[];
  /** Option labels: `memberForm.options.<options>.<value>`. */
  readonly options: string;
}

/** Several values of a domain enum, as a labelled group of checkboxes. */
export function FormEnumChecks({ name, label, values, options }: FormEnumChecksProps) {
  const { t } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const error = useFieldError(name);
  return (
    <Controller
      control={control}
      name={name as never}
      render={({ field }) => (
        <Checkbox.Group
          label={label}
          value={field.value as string[]}
          onChange={field.onChange}
          error={error}
        >
          <Group gap="md" mt={4}>
            {values.map((value, index) => (
              <Checkbox
                key={value}
                id={index === 0 ? fieldId(name) : undefined}
                value={value}
                label={t(`memberForm.options.${options}.${value}` as never)}
              />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    />
  );
}
