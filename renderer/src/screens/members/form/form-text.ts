import { numberOrUndefined } from '../../../forms/inputs/partial-date-entry';

/** Typed text as stored: trimmed, and nothing rather than an empty string. */
export function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A typed whole number: nothing when empty, NaN when not digits (the schema reports it). */
export const whole = numberOrUndefined;

/** An optional value: null (nothing chosen) becomes undefined. */
export function chosen<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

/** True when every string in the row is blank and every choice empty (an untouched new row). */
export function isBlankRow(row: object): boolean {
  return Object.values(row).every(
    (value) =>
      value === null ||
      value === false ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0),
  );
}
