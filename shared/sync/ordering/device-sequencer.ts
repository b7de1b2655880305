import type { Op } from '../op';
import type { StoredResult } from '../protocol/push-result';

/**
 * What ordering needs of an op: its id, device and place in the device's sequence. The registry
 * also sequences ops too malformed to merge (their rejection fills their seq like any outcome).
 */
export type SequencedOp = Pick<Op, 'opId' | 'deviceId' | 'deviceSeq'>;

/** What the registry keeps per device to apply its ops in order, exactly once. */
export interface DeviceSequencerState<T extends SequencedOp = Op> {
  readonly deviceId: string;
  /** Every deviceSeq up to this one is settled (applied, rejected or skipped by an admin). */
  readonly appliedThrough: number;
  /** Ops that arrived ahead of a gap, waiting for it to fill. */
  readonly held: readonly T[];
  /** Seqs an administrator forced past; the op may still arrive, and is then applied late. */
  readonly skipped: readonly number[];
  /** The stored outcome of every settled op, by opId, to answer retries. */
  readonly outcomes: ReadonlyMap<string, StoredResult>;
}

/** What to do with an op a device sent. */
export type Admission<T extends SequencedOp = Op> =
  /** Merge these ops now, in this order (the op, then the held ops it unblocks), settling each. */
  | { readonly kind: 'apply'; readonly ops: readonly T[] }
  /** Ahead of a gap: kept until the gap fills (or an administrator forces it). */
  | { readonly kind: 'held' }
  /** Already settled: answer with the stored outcome, apply nothing. */
  | { readonly kind: 'replay'; readonly result: StoredResult }
  /** Not this device's op, or a seq reused by a different op. */
  | { readonly kind: 'reject'; readonly code: 'invalid-op' };

export function initialSequencerState<T extends SequencedOp = Op>(
  deviceId: string,
): DeviceSequencerState<T> {
  return { deviceId, appliedThrough: 0, held: [], skipped: [], outcomes: new Map() };
}

/**
 * Applies one device's ops in deviceSeq order (DESIGN.md "Order of one device's ops"). Pure
 * logic over a state the caller persists: no I/O, no clock. Call {@link admit} for each op that
 * arrives and {@link settle} for each op it releases, once merged.
 */
export class DeviceSequencer<T extends SequencedOp = Op> {
  #state: DeviceSequencerState<T>;

  constructor(state: DeviceSequencerState<T>) {
    this.#state = state;
  }

  get state(): DeviceSequencerState<T> {
    return this.#state;
  }

  admit(op: T): Admission<T> {
    const s = this.#state;
    const stored = s.outcomes.get(op.opId);
    if (stored) return { kind: 'replay', result: stored };
    if (op.deviceId !== s.deviceId) return { kind: 'reject', code: 'invalid-op' };
    const sameSeq = s.held.find((h) => h.deviceSeq === op.deviceSeq);
    if (sameSeq) return sameSeq.opId === op.opId ? { kind: 'held' } : reject();
    if (op.deviceSeq <= s.appliedThrough) {
      return s.skipped.includes(op.deviceSeq) ? { kind: 'apply', ops: [op] } : reject();
    }
    if (op.deviceSeq === s.appliedThrough + 1)
      return { kind: 'apply', ops: [op, ...this.#runAfter(op.deviceSeq)] };
    this.#state = { ...s, held: [...s.held, op].sort((a, b) => a.deviceSeq - b.deviceSeq) };
    return { kind: 'held' };
  }

  /** Records a released op's outcome (rejections included: they fill the gap too). */
  settle(op: T, result: StoredResult): void {
    const s = this.#state;
    const outcomes = new Map(s.outcomes).set(op.opId, result);
    const appliedThrough = op.deviceSeq === s.appliedThrough + 1 ? op.deviceSeq : s.appliedThrough;
    this.#state = {
      ...s,
      appliedThrough,
      outcomes,
      held: s.held.filter((h) => h.opId !== op.opId),
      skipped: s.skipped.filter((seq) => seq !== op.deviceSeq),
    };
  }

  /**
   * An administrator gives up waiting for the gap before the oldest held op: the missing seqs
   * are skipped and the held run is released (settle each). Empty when nothing is held.
   */
  forceHeld(): readonly T[] {
    const s = this.#state;
    const first = s.held[0];
    if (!first) return [];
    const missing = Array.from(
      { length: first.deviceSeq - s.appliedThrough - 1 },
      (_, i) => s.appliedThrough + 1 + i,
    );
    this.#state = {
      ...s,
      appliedThrough: first.deviceSeq - 1,
      skipped: [...s.skipped, ...missing],
    };
    return [first, ...this.#runAfter(first.deviceSeq)];
  }

  /** Held ops consecutive after `seq`. */
  #runAfter(seq: number): T[] {
    const run: T[] = [];
    for (const op of this.#state.held) {
      if (op.deviceSeq === seq + run.length + 1) run.push(op);
    }
    return run;
  }
}

function reject<T extends SequencedOp>(): Admission<T> {
  return { kind: 'reject', code: 'invalid-op' };
}
