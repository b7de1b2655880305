import type { Hlc } from '../hlc';
import { decodeHlc, encodeHlc, hlcNow } from '../hlc';

/** How far ahead of the registry an office's stamp may be before it is re-stamped. */
export const DRIFT_BOUND_MS = 10 * 60_000;

export interface IncomingStamp {
  /** The registry's clock after this op: moved by its own physical time only, never by a client. */
  readonly clock: Hlc;
  /** The stamp the op is ordered by (LWW, change log). */
  readonly stamp: string;
  /** The office's own stamp when it was replaced: kept as provenance. */
  readonly officeStamp: string | null;
  /** How far the office's stamp was ahead of the registry (negative: behind). */
  readonly aheadMs: number;
}

/**
 * Stamps an incoming op at the registry (DESIGN.md "Clocks"). A stamp at most `boundMs` ahead of
 * the registry's clock is kept (a clock behind is harmless: offices merge pulled stamps into
 * their HLC, so their next edits sort after what they saw). A stamp further ahead is replaced by
 * the registry's own, so a PC whose clock says next week cannot win every last-writer-wins race;
 * the registry's clock does not follow it.
 */
export function stampIncoming(
  registryClock: Hlc,
  opHlc: string,
  physicalMs: number,
  boundMs: number = DRIFT_BOUND_MS,
): IncomingStamp {
  const clock = hlcNow(registryClock, physicalMs);
  const decoded = decodeHlc(opHlc);
  const aheadMs = decoded.ok ? decoded.clock.wallMs - clock.wallMs : Number.POSITIVE_INFINITY;
  if (aheadMs <= boundMs) return { clock, stamp: opHlc, officeStamp: null, aheadMs };
  return { clock, stamp: encodeHlc(clock), officeStamp: opHlc, aheadMs };
}
