import { encodeHlc } from '../../../../shared/sync/hlc';
import type { Json } from '../../../../shared/sync/json';
import type { MergeContext, MergeResult } from '../../../../shared/sync/merge/merge-context';
import { rulesFor } from '../../../../shared/sync/merge/domain-rules';
import { mergeOp } from '../../../../shared/sync/merge/merge-op';
import type { RecordState } from '../../../../shared/sync/merge/record-state';
import type { Op } from '../../../../shared/sync/op';
import type { Conflict } from '../../../../shared/sync/protocol/conflict';

/** A UUIDv7-shaped id from a number: deterministic, distinct per (kind, n). */
export function uuid7(n: number, kind = 0): string {
  const tail = n.toString(16).padStart(12, '0');
  return `01900000-000${kind.toString(16)}-7000-8000-${tail}`;
}

export const RECORD = uuid7(1, 1);
export const OFFICE_A = uuid7(1, 2);
export const OFFICE_B = uuid7(2, 2);
export const DEVICE_A = uuid7(1, 3);
export const DEVICE_B = uuid7(2, 3);
export const USER = uuid7(1, 4);

let opCounter = 0;

/** An HLC stamp at `wallMs` for `node` (default: a fixed node). */
export function stampAt(wallMs: number, node = 'n'): string {
  return encodeHlc({ wallMs, counter: 0, node });
}

/** A person op from device A / office A unless overridden. */
export function op(partial: Partial<Op> & Pick<Op, 'kind'>): Op {
  opCounter += 1;
  return {
    opId: uuid7(opCounter, 5),
    recordId: RECORD,
    recordType: 'person',
    baseRev: 0,
    changes: {},
    hlc: stampAt(1_000 + opCounter),
    deviceId: DEVICE_A,
    officeId: OFFICE_A,
    userId: USER,
    formatVersion: 1,
    deviceSeq: opCounter,
    ...partial,
  };
}

export function fromDevice(device: 'A' | 'B'): Pick<Op, 'deviceId' | 'officeId'> {
  return device === 'A'
    ? { deviceId: DEVICE_A, officeId: OFFICE_A }
    : { deviceId: DEVICE_B, officeId: OFFICE_B };
}

export function set(field: string, from: Json, to: Json): Op['changes'] {
  return { [field]: { from, to } };
}

/** Merges with person rules, the op's own stamp, and the given conflicts. */
export function merge(
  state: RecordState | null,
  o: Op,
  conflicts: readonly Conflict[] = [],
  overrides: Partial<MergeContext> = {},
): MergeResult {
  return mergeOp(state, o, { rules: rulesFor('person'), stamp: o.hlc, conflicts, ...overrides });
}

/** Merges and expects it applied; returns the result narrowed. */
export function applied(
  state: RecordState | null,
  o: Op,
  conflicts: readonly Conflict[] = [],
  overrides: Partial<MergeContext> = {},
) {
  const result = merge(state, o, conflicts, overrides);
  if (result.outcome === 'rejected') throw new Error(`rejected: ${result.code}`);
  return result;
}

export const country = (code: string) => ({ list: 'iso-3166-1', version: '2024', code });
