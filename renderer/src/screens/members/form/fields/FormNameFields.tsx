import { useFormContext } from 'react-hook-form';
import type { NameScript } from '../../../../../../shared/domain/person-names';
import { NameFields, type NamePart } from '../../../../forms/inputs/NameFields';
import type { MemberFormValues } from '../member-form-values';
import { fieldId } from './field-id';
import { useFieldError } from './use-field-error';

/** The name parts of one script, bound to the member form. */
export function FormNameFields({ script }: { readonly script: NameScript }) {
  const { register } = useFormContext<MemberFormValues>();
  const errors: Record<NamePart, string | undefined> = {
    given: useFieldError(`names.${script}.given`),
    family: useFieldError(`names.${script}.family`),
    other: useFieldError(`names.${script}.other`),
  };
  return (
    <NameFields
      script={script}
      partProps={(part) => ({
        id: fieldId(`names.${script}.${part}`),
        error: errors[part],
        ...register(`names.${script}.${part}`),
      })}
    />
  );
}
