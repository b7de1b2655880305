import { z } from 'zod';
import { withCodes } from './domain-error-codes';

export const partialDateYears = { min: 1800, max: 2200 } as const;

/** True when year-month-day exists in the proleptic Gregorian calendar (2023-02-30 does not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A date known to the year, the month or the day: what people actually know about a date of
 * birth. A day needs a month; the day must exist in that month and year.
 */
export const PartialDate = z
  .object(
    {
      year: z.int(withCodes).min(partialDateYears.min).max(partialDateYears.max),
      month: z.int(withCodes).min(1).max(12).optional(),
      day: z.int(withCodes).min(1).max(31).optional(),
    },
    withCodes,
  )
  .check((ctx) => {
    const { year, month, day } = ctx.value;
    if (day === undefined) return;
    if (month === undefined) {
      ctx.issues.push({ code: 'custom', message: 'required', input: month, path: ['month'] });
    } else if (!isRealDate(year, month, day)) {
      ctx.issues.push({ code: 'custom', message: 'invalid-date', input: day, path: ['day'] });
    }
  });
export type PartialDate = z.output<typeof PartialDate>;
export type PartialDateInput = z.input<typeof PartialDate>;

export type DatePrecision = 'year' | 'month' | 'day';

export function partialDatePrecision(date: PartialDate): DatePrecision {
  if (date.month === undefined) return 'year';
  return date.day === undefined ? 'month' : 'day';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The earliest and latest full dates (YYYY-MM-DD) a partial date can stand for. */
export function partialDateBounds(date: PartialDate): { from: string; to: string } {
  const y = pad(date.year, 4);
  if (date.month === undefined) return { from: `${y}-01-01`, to: `${y}-12-31` };
  const m = pad(date.month);
  if (date.day === undefined) {
    return { from: `${y}-${m}-01`, to: `${y}-${m}-${pad(daysInMonth(date.year, date.month))}` };
  }
  const full = `${y}-${m}-${pad(date.day)}`;
  return { from: full, to: full };
}
