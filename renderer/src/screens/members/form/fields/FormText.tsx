import { TextInput, type TextInputProps } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import type { MemberFormValues } from '../member-form-values';
import { fieldId } from './field-id';
import { useFieldError } from './use-field-error';

type FormTextProps = { readonly name: string; readonly label: string } & Omit<
  TextInputProps,
  'name' | 'label' | 'error'
>;

/** A text input bound to the member form, with its error in the interface language. */
export function FormText({ name, label, ...rest }: FormTextProps) {
  const { register } = useFormContext<MemberFormValues>();
  const error = useFieldError(name);
  return (
    <TextInput
      id={fieldId(name)}
      label={label}
      error={error}
      {...rest}
      {...register(name as never)}
    />
  );
}
