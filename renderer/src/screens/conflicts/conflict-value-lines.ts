import type { TFunction } from 'i18next';
import { DELETED_FIELD } from '../../../../shared/sync/merge/record-state';
import type { Json } from '../../../../shared/sync/json';
import { historyValueLines } from '../members/profile/field-lines';
import type { ProfileFormat } from '../members/profile/profile-format';

/**
 * One side of a conflict as lines a person reads: a person's field formatted as its profile
 * shows it (code-list labels, dates, names in their script), a deletion in words, anything
 * else as its JSON. Empty when the side holds nothing.
 */
export function conflictValueLines(
  recordType: string,
  field: string,
  value: Json,
  f: ProfileFormat,
): string[] {
  if (field === DELETED_FIELD) return [deletionText(value, f.t)];
  if (value === null) return [];
  if (recordType === 'person') return historyValueLines(field, value, f);
  return [typeof value === 'string' ? value : JSON.stringify(value)];
}

function deletionText(value: Json, t: TFunction<'translation'>): string {
  return value === true ? t('conflicts.value.deleted') : t('conflicts.value.kept');
}

/** The label of a conflict's field: the profile's label for a person's field. */
export function conflictFieldLabel(
  recordType: string,
  field: string,
  t: TFunction<'translation'>,
): string {
  if (field === DELETED_FIELD) return t('conflicts.value.deletedField');
  if (recordType === 'person') return t(`profile.fields.${field}`, { defaultValue: field });
  return field;
}
