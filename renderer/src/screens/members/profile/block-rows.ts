import type { BlockId } from '../../../../../shared/domain/person-blocks';
import { personBlockFields } from '../../../../../shared/domain/person-blocks';
import type { Person, PersonField } from '../../../../../shared/domain/person';
import type { Visible } from '../../../store';
import { fieldLines } from './field-lines';
import type { ProfileFormat } from './profile-format';

/** Fields outside the seven blocks, shown in their own section. */
export const serviceFields = ['notes', 'processingRestricted'] as const satisfies PersonField[];
export type SectionId = BlockId | 'service';

/** One row of a profile section: a field's label and its value as lines. */
export interface ProfileRow {
  readonly field: PersonField;
  readonly label: string;
  /** Empty when nothing is recorded (or the field is withheld). */
  readonly lines: readonly string[];
  /** The role may not see this field and it holds something. */
  readonly withheld: boolean;
}

export function sectionFields(section: SectionId): readonly PersonField[] {
  return section === 'service' ? serviceFields : personBlockFields[section];
}

/** The rows of one section of a person, in form order, in the format's language. */
export function sectionRows(
  person: Visible<Person>,
  section: SectionId,
  hiddenFields: readonly string[],
  f: ProfileFormat,
): ProfileRow[] {
  return sectionFields(section).map((field) => ({
    field,
    label: f.t(`profile.fields.${field}`),
    lines: fieldLines(field, person[field] as Person[typeof field] | undefined, f),
    withheld: hiddenFields.includes(field),
  }));
}
