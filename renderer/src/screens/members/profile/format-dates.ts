import type { PartialDate } from '../../../../../shared/domain/partial-date';
import type { Locale } from '../../../../../shared/i18n/locales';

/**
 * Dates and numbers for people to read, per locale (Intl). Calendar dates (a birth date, an
 * expiry) are shown in UTC so they never shift by a day; moments (a change, a consent) in the
 * desk's own time zone.
 */
const calendar = { timeZone: 'UTC' } as const;

/** A date known to the year, the month or the day, at that precision: "1984", "March 1984". */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const at = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  if (date.month === undefined) {
    return new Intl.DateTimeFormat(locale, { ...calendar, year: 'numeric' }).format(at);
  }
  if (date.day === undefined) {
    return new Intl.DateTimeFormat(locale, { ...calendar, year: 'numeric', month: 'long' }).format(
      at,
    );
  }
  return new Intl.DateTimeFormat(locale, { ...calendar, dateStyle: 'long' }).format(at);
}

/** A calendar date `YYYY-MM-DD`. */
export function formatIsoDate(date: string, locale: Locale): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { ...calendar, dateStyle: 'long' }).format(at);
}

/** The day of a moment (ISO 8601 timestamp), in the desk's time zone. */
export function formatDay(timestamp: string, locale: Locale): string {
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(at);
}

/** A moment with its time, in the desk's time zone. */
export function formatMoment(timestamp: string, locale: Locale): string {
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

export function formatMonth(month: number, locale: Locale): string {
  const at = new Date(Date.UTC(2000, month - 1, 1));
  return new Intl.DateTimeFormat(locale, { ...calendar, month: 'long' }).format(at);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A year as a plain number in the locale's digits, without grouping ("1984", not "1,984"). */
export function formatYear(year: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(year);
}
