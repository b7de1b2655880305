import { Controller, useFormContext } from 'react-hook-form';
import type { StandardCodeListId } from '../../../../../../shared/codelists/lazy';
import type { Coded } from '../../../../../../shared/domain/coded';
import { CodePicker } from '../../../../forms/inputs/CodePicker';
import type { MemberFormValues } from '../member-form-values';
import { fieldId } from './field-id';
import { useFieldError } from './use-field-error';

interface FormCodePickerProps {
  readonly name: string;
  readonly list: StandardCodeListId;
  readonly label: string;
  readonly within?: string;
  readonly description?: string;
  readonly onPicked?: (value: Coded | null) => void;
}

/** A code-list picker bound to the member form (value `{list, version, code}` or null). */
export function FormCodePicker({
  name,
  list,
  label,
  within,
  description,
  onPicked,
}: FormCodePickerProps) {
  const { control } = useFormContext<MemberFormValues>();
  const error = useFieldError(name);
  return (
    <Controller
      control={control}
      name={name as never}
      render={({ field }) => (
        <CodePicker
          list={list}
          label={label}
          description={description}
          within={within}
          name={field.name}
          id={fieldId(name)}
          inputRef={field.ref}
          value={field.value as Coded<typeof list> | null}
          onChange={(value) => {
            field.onChange(value);
            onPicked?.(value);
          }}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
}
