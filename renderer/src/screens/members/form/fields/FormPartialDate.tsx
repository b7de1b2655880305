import { Controller, useFormContext } from 'react-hook-form';
import type { PartialDateEntry } from '../../../../forms/inputs/partial-date-entry';
import { PartialDateInput } from '../../../../forms/inputs/PartialDateInput';
import type { MemberFormValues } from '../member-form-values';
import { fieldId } from './field-id';
import { useFieldError } from './use-field-error';

/** A partial date bound to the member form, errors shown on each part. */
export function FormPartialDate({
  name,
  legend,
}: {
  readonly name: string;
  readonly legend: string;
}) {
  const { control } = useFormContext<MemberFormValues>();
  const errors = {
    year: useFieldError(`${name}.year`),
    month: useFieldError(`${name}.month`),
    day: useFieldError(`${name}.day`),
  };
  return (
    <Controller
      control={control}
      name={name as never}
      render={({ field }) => (
        <PartialDateInput
          legend={legend}
          value={field.value as PartialDateEntry}
          onChange={field.onChange}
          errors={errors}
          idOf={(part) => fieldId(`${name}.${part}`)}
        />
      )}
    />
  );
}
