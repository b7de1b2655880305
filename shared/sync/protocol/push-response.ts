import { z } from 'zod';
import { PushResult } from './push-result';

/** Present when the office's clock is off by more than the bound, or ops had to be re-stamped. */
export const ClockDrift = z.object({
  code: z.literal('clock-drift'),
  /** Office minus registry, in ms: positive when the office is ahead. */
  offsetMs: z.int(),
  boundMs: z.int().min(0),
  /** Ops of this batch stamped beyond the bound and re-stamped with the registry's clock. */
  restampedOps: z.int().min(0),
});
export type ClockDrift = z.output<typeof ClockDrift>;

export const PushResponse = z.object({
  protocolVersion: z.int().min(1),
  /** One result per op of the request, in the same order. */
  results: z.array(PushResult),
  /** The registry's wall clock (ms since the epoch) when it answered. */
  serverTime: z.int().min(0),
  /** The request's clientTime minus serverTime: how far off the office's clock is. */
  clockOffsetMs: z.int(),
  drift: ClockDrift.optional(),
});
export type PushResponse = z.output<typeof PushResponse>;
