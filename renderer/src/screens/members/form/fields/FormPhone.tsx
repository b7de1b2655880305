import { Controller, useFormContext } from 'react-hook-form';
import type { PhoneEntry } from '../../../../forms/inputs/phone-number';
import { PhoneInput } from '../../../../forms/inputs/PhoneInput';
import type { MemberFormValues } from '../member-form-values';
import { fieldId } from './field-id';
import { useFieldError } from './use-field-error';

/**
 * A phone bound to the member form. `name` is the entry holding `country` and `number` (a phone
 * row keeps its `kind` beside them); errors sit on `<name>.number`, where focus goes.
 */
export function FormPhone({ name, label }: { readonly name: string; readonly label: string }) {
  const { control } = useFormContext<MemberFormValues>();
  const error = useFieldError(`${name}.number`);
  return (
    <Controller
      control={control}
      name={name as never}
      render={({ field }) => {
        const entry = field.value as PhoneEntry;
        return (
          <PhoneInput
            label={label}
            name={`${name}.number`}
            id={fieldId(`${name}.number`)}
            inputRef={field.ref}
            value={entry}
            onChange={(value) => field.onChange({ ...entry, ...value })}
            onBlur={field.onBlur}
            error={error}
          />
        );
      }}
    />
  );
}
