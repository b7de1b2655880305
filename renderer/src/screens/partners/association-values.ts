import { z } from 'zod';
import { associationLevels } from '../../../../shared/domain/organisation';
import type { DiasporaAssociation } from '../../../../shared/domain/organisation';
import type { Visible } from '../../store';
import { requiredText } from '../../forms/field-schemas';

const required = { error: 'required' } as const;

/** The association form: name, level, the wider association it belongs to, and its country. */
export const AssociationValues = z.object({
  name: requiredText(),
  level: z.enum(associationLevels, required),
  parentId: z.string().nullable(),
  country: z.string(required).min(1, required),
});
export type AssociationValues = z.output<typeof AssociationValues>;

export const emptyAssociation: AssociationValues = {
  name: '',
  level: 'national',
  parentId: null,
  country: '',
};

export function associationValues(a: Visible<DiasporaAssociation>): AssociationValues {
  return {
    name: a.name ?? '',
    level: a.level ?? 'national',
    parentId: a.parentId ?? null,
    country: a.country?.code ?? '',
  };
}
