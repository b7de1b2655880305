import type { Person, PersonField } from '../../../../../shared/domain/person';
import { personShape } from '../../../../../shared/domain/person';
import { identityContactLines } from './identity-contact-lines';
import { otherBlockLines } from './other-block-lines';
import type { ProfileFormat } from './profile-format';

type Formatter<K extends PersonField> = (
  value: NonNullable<Person[K]>,
  f: ProfileFormat,
) => string[];

/** One formatter per Person field: a field without one fails type-checking. */
const formatters: { [K in PersonField]: Formatter<K> } = {
  ...identityContactLines,
  ...otherBlockLines,
};

/** Whether a field holds something to show (not absent, not an empty list or empty names). */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** A field's value as lines of text in the format's language; none when it holds nothing. */
export function fieldLines<K extends PersonField>(
  field: K,
  value: Person[K] | undefined,
  f: ProfileFormat,
): string[] {
  if (!isFilled(value)) return [];
  return (formatters[field] as Formatter<K>)(value as NonNullable<Person[K]>, f).filter(
    (line) => line !== '',
  );
}

/**
 * A stored value of a field from its history (JSON, `null` = absent), as lines. Checked against
 * the field's schema first: a value that does not fit (an older format) is shown as its JSON.
 */
export function historyValueLines(field: string, value: unknown, f: ProfileFormat): string[] {
  if (value === null || value === undefined) return [];
  if (!(field in personShape)) return [JSON.stringify(value)];
  const key = field as PersonField;
  const parsed = personShape[key].safeParse(value);
  if (!parsed.success) return [JSON.stringify(value)];
  return fieldLines(key, parsed.data as Person[typeof key], f);
}
