import type { z } from 'zod';
import { isDomainErrorCode } from '../../../../shared/domain/domain-error-codes';
import { toJsonValue } from '../outbox/to-json-value';
import type { FieldIssue } from '../store-error';
import { StoreFailure } from '../store-error';
import type { RecordSchema } from './record-config';

/** Parses a candidate record; on failure throws `invalid-record` with paths and codes only. */
export function validateRecord<S extends RecordSchema>(schema: S, candidate: unknown): z.output<S> {
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      code: isDomainErrorCode(issue.message) ? issue.message : 'invalid-value',
    }));
    throw new StoreFailure({ code: 'invalid-record', issues });
  }
  return toJsonValue(parsed.data);
}
