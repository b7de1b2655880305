import type { z } from 'zod';

/**
 * Every message a domain schema can produce. The UI maps each to an i18next key
 * (`errors.domain.<code>`); zod's English messages never reach a person.
 */
export const domainErrorCodes = [
  'required',
  'invalid-type',
  'invalid-value',
  'invalid-format',
  'too-long',
  'too-short',
  'too-many',
  'too-few',
  'too-small',
  'too-big',
  'not-integer',
  'unknown-field',
  'invalid-date',
  'invalid-timestamp',
  'invalid-uuid',
  'invalid-e164',
  'invalid-email',
  'invalid-code',
  'wrong-script',
  'duplicate',
  'subdivision-mismatch',
  'name-part-required',
  'contact-required',
  'currency-required',
  'consent-required',
  'end-before-start',
  'status-history-mismatch',
  'invalid-transition',
  'association-required',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

const codeSet: ReadonlySet<string> = new Set(domainErrorCodes);

export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === 'string' && codeSet.has(value);
}

type RawIssue = z.core.$ZodRawIssue;

const formatCodes: Partial<Record<string, DomainErrorCode>> = {
  email: 'invalid-email',
  e164: 'invalid-e164',
  uuid: 'invalid-uuid',
  datetime: 'invalid-timestamp',
  date: 'invalid-date',
};

function sizeCode(issue: RawIssue, big: boolean): DomainErrorCode {
  const origin = 'origin' in issue ? issue.origin : undefined;
  if (origin === 'string') return big ? 'too-long' : 'too-short';
  if (origin === 'array' || origin === 'set') return big ? 'too-many' : 'too-few';
  return big ? 'too-big' : 'too-small';
}

/**
 * Zod error map giving a stable {@link DomainErrorCode} for any issue. Attached to every
 * domain schema; also usable per parse (`schema.safeParse(x, { error: issueCode })`).
 */
export function issueCode(issue: RawIssue): DomainErrorCode {
  if (issue.input === undefined && issue.code !== 'custom') return 'required';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' && typeof issue.input === 'number'
        ? 'not-integer'
        : 'invalid-type';
    case 'too_big':
      return sizeCode(issue, true);
    case 'too_small':
      return sizeCode(issue, false);
    case 'invalid_format':
      return formatCodes[issue.format] ?? 'invalid-format';
    case 'not_multiple_of':
      return 'not-integer';
    case 'unrecognized_keys':
      return 'unknown-field';
    default:
      return 'invalid-value';
  }
}

/** Spread into a zod schema's params so its own issues carry stable codes. */
export const withCodes = { error: issueCode } as const;
