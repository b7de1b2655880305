/**
 * Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds plus a counter, so stamps from
 * one node never go backwards even when the PC's clock is reset, and an event received from
 * another node always sorts after what caused it. Pure: the caller passes the physical time.
 */
export interface Hlc {
  /** Milliseconds since the epoch, never behind any stamp this node has made or seen. */
  readonly wallMs: number;
  /** Orders stamps within one millisecond. */
  readonly counter: number;
  /** The node (device) that made the stamp; breaks ties. */
  readonly node: string;
}

export const HLC_MAX_COUNTER = 0xffff;
const WALL_DIGITS = 15;
const COUNTER_DIGITS = 4;
const NODE_PATTERN = /^[0-9a-z-]{1,64}$/;
export const HLC_PATTERN = /^\d{15}-[0-9a-f]{4}-[0-9a-z-]{1,64}$/;

export type HlcError = { code: 'clock-drift'; aheadMs: number } | { code: 'invalid-hlc' };
export type HlcResult = { ok: true; clock: Hlc } | { ok: false; error: HlcError };

/** The clock before any event: sorts before every real stamp of the node. */
export function hlcZero(node: string): Hlc {
  if (!NODE_PATTERN.test(node)) throw new RangeError('HLC node must match [0-9a-z-]{1,64}');
  return { wallMs: 0, counter: 0, node };
}

/** Moves a stamp forward by one tick at `wallMs`, carrying a full counter into the next ms. */
function tick(wallMs: number, counter: number, node: string): Hlc {
  return counter >= HLC_MAX_COUNTER
    ? { wallMs: wallMs + 1, counter: 0, node }
    : { wallMs, counter: counter + 1, node };
}

/** A stamp for a local event: after `prev`, and at the physical time when that is later. */
export function hlcNow(prev: Hlc, physicalMs: number): Hlc {
  const physical = Math.floor(physicalMs);
  if (physical > prev.wallMs) return { wallMs: physical, counter: 0, node: prev.node };
  return tick(prev.wallMs, prev.counter, prev.node);
}

/**
 * Merges a stamp received from another node. A remote stamp more than `maxDriftMs` ahead of the
 * physical clock is refused (the caller shows the drift) rather than dragging this clock forward.
 */
export function hlcReceive(
  local: Hlc,
  remote: Hlc,
  physicalMs: number,
  maxDriftMs: number = Number.POSITIVE_INFINITY,
): HlcResult {
  const physical = Math.floor(physicalMs);
  const aheadMs = remote.wallMs - physical;
  if (aheadMs > maxDriftMs) return { ok: false, error: { code: 'clock-drift', aheadMs } };
  const wallMs = Math.max(local.wallMs, remote.wallMs, physical);
  const node = local.node;
  let clock: Hlc;
  if (wallMs === local.wallMs && wallMs === remote.wallMs) {
    clock = tick(wallMs, Math.max(local.counter, remote.counter), node);
  } else if (wallMs === local.wallMs) {
    clock = tick(wallMs, local.counter, node);
  } else if (wallMs === remote.wallMs) {
    clock = tick(wallMs, remote.counter, node);
  } else {
    clock = { wallMs, counter: 0, node };
  }
  return { ok: true, clock };
}

/** Total order: wall time, then counter, then node. */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wallMs !== b.wallMs) return a.wallMs < b.wallMs ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.node === b.node) return 0;
  return a.node < b.node ? -1 : 1;
}

/** Fixed-width text form whose string order is the clock order: `wall-counter-node`. */
export function encodeHlc(clock: Hlc): string {
  const wall = String(clock.wallMs).padStart(WALL_DIGITS, '0');
  const counter = clock.counter.toString(16).padStart(COUNTER_DIGITS, '0');
  return `${wall}-${counter}-${clock.node}`;
}

export function decodeHlc(text: string): HlcResult {
  if (!HLC_PATTERN.test(text)) return { ok: false, error: { code: 'invalid-hlc' } };
  const wallMs = Number(text.slice(0, WALL_DIGITS));
  const counter = parseInt(text.slice(WALL_DIGITS + 1, WALL_DIGITS + 1 + COUNTER_DIGITS), 16);
  const node = text.slice(WALL_DIGITS + COUNTER_DIGITS + 2);
  if (!Number.isSafeInteger(wallMs)) return { ok: false, error: { code: 'invalid-hlc' } };
  return { ok: true, clock: { wallMs, counter, node } };
}
