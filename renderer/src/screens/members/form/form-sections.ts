import {
  blockIds,
  personBlockFields,
  type BlockId,
} from '../../../../../shared/domain/person-blocks';

/** The form's sections: the seven blocks of a profile, then consents. */
export const formSections = [...blockIds, 'consents'] as const;
export type FormSection = BlockId | 'consents';

const sectionByField = new Map<string, FormSection>(
  blockIds.flatMap((block) => personBlockFields[block].map((field) => [field, block] as const)),
);

/** The section a field path belongs to (by its first segment). */
export function sectionOf(path: string): FormSection {
  const field = path.split('.')[0] ?? '';
  return sectionByField.get(field) ?? 'consents';
}

/** Error paths in form order: by section, then as reported. */
export function errorsInFormOrder(paths: readonly string[]): string[] {
  const rank = (path: string) => formSections.indexOf(sectionOf(path));
  return [...paths].sort((a, b) => rank(a) - rank(b));
}
