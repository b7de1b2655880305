import { z } from 'zod';
import { withCodes } from './domain-error-codes';

/**
 * An array whose elements are unique by `key`; a repeat is reported on the repeated element
 * with the code 'duplicate'.
 */
export function uniqueList<T extends z.ZodType>(
  item: T,
  key: (value: z.output<T>) => string,
  max = 50,
) {
  return z
    .array(item, withCodes)
    .max(max, { error: 'too-many' })
    .check((ctx) => {
      const seen = new Set<string>();
      ctx.value.forEach((value, index) => {
        const k = key(value);
        if (seen.has(k)) {
          ctx.issues.push({ code: 'custom', message: 'duplicate', input: value, path: [index] });
        }
        seen.add(k);
      });
    });
}
