import type { ClockDrift } from '../protocol/push-response';
import { DRIFT_BOUND_MS } from './stamp-incoming';

export interface ClockReport {
  readonly clockOffsetMs: number;
  readonly drift?: ClockDrift;
}

/**
 * What a push response says about the office's clock: always the offset, and a drift report
 * (shown as a banner until fixed) when it is beyond the bound either way or ops were re-stamped.
 */
export function clockReport(
  clientTime: number,
  serverTime: number,
  restampedOps: number,
  boundMs: number = DRIFT_BOUND_MS,
): ClockReport {
  const clockOffsetMs = Math.round(clientTime - serverTime);
  if (Math.abs(clockOffsetMs) <= boundMs && restampedOps === 0) return { clockOffsetMs };
  return {
    clockOffsetMs,
    drift: { code: 'clock-drift', offsetMs: clockOffsetMs, boundMs, restampedOps },
  };
}
