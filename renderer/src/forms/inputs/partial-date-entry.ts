import {
  partialDatePrecision,
  type DatePrecision,
  type PartialDate,
} from '../../../../shared/domain/partial-date';

/** A date as the form holds it: the precision chosen and the parts as typed. */
export interface PartialDateEntry {
  readonly precision: DatePrecision;
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

export const emptyPartialDate: PartialDateEntry = {
  precision: 'day',
  year: '',
  month: '',
  day: '',
};

/** '' → undefined, '07' → 7, anything else → NaN (the schema then reports it). */
export function numberOrUndefined(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export type DatePart = 'year' | 'month' | 'day';

const partsFor: Readonly<Record<DatePrecision, readonly DatePart[]>> = {
  year: ['year'],
  month: ['year', 'month'],
  day: ['year', 'month', 'day'],
};

/**
 * The date to store: only the parts the precision asks for (a month typed before switching to
 * "year only" is dropped). Nothing typed is no date. Parts the precision needs but that were
 * left empty are listed by {@link missingDateParts}, for the form to report.
 */
export function toPartialDate(entry: PartialDateEntry): Partial<PartialDate> | undefined {
  const parts = partsFor[entry.precision];
  const date: { year?: number; month?: number; day?: number } = {};
  for (const part of parts) {
    const value = numberOrUndefined(entry[part]);
    if (value !== undefined) date[part] = value;
  }
  return Object.keys(date).length === 0 ? undefined : date;
}

/** Parts the chosen precision needs that are empty, when anything at all was typed. */
export function missingDateParts(entry: PartialDateEntry): DatePart[] {
  const parts = partsFor[entry.precision];
  const empty = parts.filter((part) => entry[part].trim() === '');
  return empty.length === parts.length ? [] : empty;
}

export function fromPartialDate(date: PartialDate | undefined): PartialDateEntry {
  if (date === undefined) return emptyPartialDate;
  return {
    precision: partialDatePrecision(date),
    year: String(date.year),
    month: date.month === undefined ? '' : String(date.month),
    day: date.day === undefined ? '' : String(date.day),
  };
}
