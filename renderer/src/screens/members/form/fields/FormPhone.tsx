import { Controller, useFormContext } from 'react-hook-form';
import type { PhoneEntry } from '../../../../forms/inputs/phone-number';
import { PhoneInput } from '../../../../forms/inputs/PhoneInput';
import type { MemberFormValues } from '../member-form-values';
import { fieldId } from './field-id';
import { useFieldError } from './use-field-error';

/**
 * A phone bound to the member form. `name` is the entry holding `country` and `number`; errors
 * sit on `<name>.number`, where focus goes.
 */
export function FormPhone({ name, label }: { readonly name: string; readonly label: string }) {
  const { control, getValues, setValue } = useFormContext<MemberFormValues>();
  const error = useFieldError(`${name}.number`);
  return (
    <Controller
      control={control}
      name={`${name}.number` as never}
      render={({ field }) => (
        <PhoneInput
          label={label}
          name={field.name}
          id={fieldId(`${name}.number`)}
          inputRef={field.ref}
          value={{
            country: getValues(`${name}.country` as never) as PhoneEntry['country'],
            number: field.value as string,
          }}
          onChange={(value) => {
            setValue(`${name}.country` as never, value.country as never, { shouldDirty: true });
            field.onChange(value.number);
          }}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
}
