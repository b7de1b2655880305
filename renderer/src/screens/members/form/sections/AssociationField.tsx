import { Autocomplete } from '@mantine/core';
import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useKnownAssociations } from '../../../partners/use-known-associations';
import { fieldId } from '../fields/field-id';
import { useFieldError } from '../fields/use-field-error';
import type { MemberFormValues } from '../member-form-values';

interface AssociationFieldProps {
  readonly index: number;
  readonly label: string;
}

/**
 * An association membership's name: a type-ahead over the office's diaspora associations that
 * links the membership to the one picked (its record id), or any typed name, kept as text.
 * Typing something else after picking unlinks it; the hint under the field says which it is.
 */
export function AssociationField({ index, label }: AssociationFieldProps) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<MemberFormValues>();
  const nameField = `associationMemberships.${index}.name` as const;
  const idField = `associationMemberships.${index}.organisationId` as const;
  const name = useWatch({ control, name: nameField });
  const organisationId = useWatch({ control, name: idField });
  const error = useFieldError(nameField);
  const known = useKnownAssociations();
  const byLabel = useMemo(() => new Map(known.map((a) => [a.label, a])), [known]);
  const linked = known.find((a) => a.id === organisationId);
  const shown = name === '' && linked !== undefined ? linked.name : name;
  const change = (text: string) => {
    const picked = byLabel.get(text);
    const keep = linked !== undefined && linked.name === text;
    const id = picked?.id ?? (keep ? linked.id : null);
    setValue(idField, id, { shouldDirty: true });
    setValue(nameField, picked?.name ?? text, { shouldDirty: true, shouldValidate: !!error });
  };
  const description =
    organisationId === null
      ? shown.trim() === ''
        ? undefined
        : t('associations.picker.typed')
      : t('associations.picker.linked', { name: linked?.name ?? shown });
  return (
    <Autocomplete
      id={fieldId(nameField)}
      label={label}
      value={shown}
      onChange={change}
      data={known.map((a) => a.label)}
      limit={20}
      description={description}
      error={error}
      autoComplete="off"
    />
  );
}
