import type { z } from 'zod';
import {
  isDomainErrorCode,
  issueCode,
  type DomainErrorCode,
} from '../../../shared/domain/domain-error-codes';

/** Where a request body is wrong and how, never what it held. */
export interface RequestIssue {
  readonly path: (string | number)[];
  readonly code: DomainErrorCode;
}

export type ParseBodyResult<T> = { ok: true; value: T } | { ok: false; issues: RequestIssue[] };

const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const MAX_ISSUES = 20;

/**
 * A path segment is echoed only when it looks like a field name: keys of a free-form map (a
 * record's field names) come from the client and could hold anything, so others become '*'.
 */
function safeSegment(segment: PropertyKey): string | number {
  if (typeof segment === 'number') return segment;
  return typeof segment === 'string' && SAFE_KEY.test(segment) ? segment : '*';
}

/** Validates a body with a zod schema; issues carry paths and stable codes only. */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
): ParseBodyResult<z.output<S>> {
  const parsed = schema.safeParse(body, { error: issueCode });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map(safeSegment),
    code: isDomainErrorCode(issue.message) ? issue.message : 'invalid-value',
  }));
  return { ok: false, issues };
}
