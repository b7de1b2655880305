import type { Clock } from '../store';

/** The office's calendar date (YYYY-MM-DD) in local time, by the store's clock. */
export function todayOf(clock: Clock): string {
  const now = new Date(clock.now());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
