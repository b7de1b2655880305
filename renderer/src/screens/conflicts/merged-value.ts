import { personShape } from '../../../../shared/domain/person';
import type { Json } from '../../../../shared/sync/json';

/** Why a merged value typed by a person cannot be used (mapped to `conflicts.edit.<code>`). */
export type MergedValueProblem = 'invalid-json' | 'invalid-value';

export type MergedValue =
  | { readonly ok: true; readonly value: Json }
  | { readonly ok: false; readonly code: MergedValueProblem };

/** How a field's merged value is typed: plain text for text and numbers, else structured. */
export type MergedValueInput = 'text' | 'number' | 'structured';

/** The input a field's conflict wants, from the values on both sides. */
export function mergedValueInput(values: readonly Json[]): MergedValueInput {
  const set = values.filter((v) => v !== null);
  if (set.length > 0 && set.every((v) => typeof v === 'number')) return 'number';
  if (set.every((v) => typeof v === 'string')) return 'text';
  return 'structured';
}

/** The text a person starts editing from: the value as it would be typed. */
export function mergedValueText(value: Json, input: MergedValueInput): string {
  if (value === null) return '';
  if (input === 'structured') return JSON.stringify(value, null, 2);
  return String(value);
}

/**
 * What a person typed as the merged value of `field`, checked against the field's schema when
 * the record is a person (an empty text clears the field). Structured values are JSON.
 */
export function parseMergedValue(
  recordType: string,
  field: string,
  text: string,
  input: MergedValueInput,
): MergedValue {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  let value: unknown;
  switch (input) {
    case 'text':
      value = trimmed;
      break;
    case 'number':
      value = Number(trimmed.replace(',', '.'));
      if (!Number.isFinite(value)) return { ok: false, code: 'invalid-value' };
      break;
    case 'structured':
      try {
        value = JSON.parse(trimmed);
      } catch {
        return { ok: false, code: 'invalid-json' };
      }
      break;
  }
  if (recordType !== 'person' || !(field in personShape)) return { ok: true, value: value as Json };
  const parsed = personShape[field as keyof typeof personShape].safeParse(value);
  return parsed.success ? { ok: true, value: value as Json } : { ok: false, code: 'invalid-value' };
}
