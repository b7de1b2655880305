const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` plus `days` calendar days (negative goes back), in UTC so no DST shifts it. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00.000Z`);
  return new Date(time + days * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date (UTC) of an ISO timestamp or a Date. */
export function dateOf(instant: string | Date): string {
  return (typeof instant === 'string' ? new Date(instant) : instant).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00.000Z`);
  const end = Date.parse(`${to}T00:00:00.000Z`);
  return Math.round((end - start) / DAY_MS);
}
