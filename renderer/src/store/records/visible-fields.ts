import type { Sensitivity } from '../../../../shared/domain/field-sensitivity';
import type { Visible } from './record-config';

export function fieldsOf(
  sensitivity: Readonly<Record<string, Sensitivity>>,
  wanted: Sensitivity,
): string[] {
  return Object.entries(sensitivity)
    .filter(([, s]) => s === wanted)
    .map(([field]) => field);
}

/** The record without `hidden` fields, and which of them actually held something. */
export function withoutFields<T extends object>(
  record: T,
  hidden: readonly string[],
): { record: Visible<T>; removed: string[] } {
  const copy = { ...record } as Record<string, unknown>;
  const removed: string[] = [];
  for (const field of hidden) {
    if (hasValue(copy[field])) removed.push(field);
    delete copy[field];
  }
  return { record: copy as Visible<T>, removed };
}

/** Whether a field holds something worth logging a read of (not absent, not an empty list). */
export function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}
