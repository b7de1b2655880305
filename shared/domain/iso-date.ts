import { z } from 'zod';
import { withCodes } from './domain-error-codes';
import { isRealDate } from './partial-date';

const shape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A full calendar date as `YYYY-MM-DD` that exists (no 2023-02-30). */
export const IsoDate = z.string(withCodes).check((ctx) => {
  const m = shape.exec(ctx.value);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    ctx.issues.push({ code: 'custom', message: 'invalid-date', input: ctx.value });
  }
});
export type IsoDate = z.output<typeof IsoDate>;
