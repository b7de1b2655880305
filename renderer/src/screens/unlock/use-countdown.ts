import { useEffect, useState } from 'react';

/** Milliseconds left until `until` (a Date.now time), updated every second, never below 0. */
export function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return Math.max(0, until - now);
}

/** 95 000 ms → { minutes: 1, seconds: 35 }, rounding up so "0:00" only shows when it is over. */
export function minutesAndSeconds(ms: number): { minutes: number; seconds: number } {
  const total = Math.ceil(ms / 1000);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
