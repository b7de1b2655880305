import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Op } from '../../../../shared/sync/op';
import {
  DeviceSequencer,
  initialSequencerState,
} from '../../../../shared/sync/ordering/device-sequencer';
import type { StoredResult } from '../../../../shared/sync/protocol/push-result';
import { DEVICE_A, DEVICE_B, op, uuid7 } from './helpers';

function deviceOps(count: number): Op[] {
  return Array.from({ length: count }, (_, i) =>
    op({ kind: 'update', opId: uuid7(i + 1, 6), deviceSeq: i + 1 }),
  );
}

/** Feeds ops to a sequencer, "merging" whatever it releases; returns the merge order. */
function deliver(sequencer: DeviceSequencer, arrivals: readonly Op[]) {
  const merged: number[] = [];
  const answers = arrivals.map((o) => {
    const admission = sequencer.admit(o);
    if (admission.kind === 'apply') {
      for (const released of admission.ops) {
        merged.push(released.deviceSeq);
        const result: StoredResult = {
          opId: released.opId,
          outcome: 'applied',
          rev: released.deviceSeq,
        };
        sequencer.settle(released, result);
      }
    }
    return admission;
  });
  return { merged, answers };
}

describe('DeviceSequencer', () => {
  it('merges every op exactly once, in deviceSeq order, whatever the arrival order and repeats', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.nat(n - 1), { maxLength: 40 }))),
        ([n, extra]) => {
          const ops = deviceOps(n);
          const arrivals = [...extra.map((i) => ops[i]!), ...ops];
          const sequencer = new DeviceSequencer(initialSequencerState(DEVICE_A));
          const { merged } = deliver(sequencer, arrivals);
          expect(merged).toEqual(ops.map((o) => o.deviceSeq));
          expect(sequencer.state.held).toEqual([]);
        },
      ),
    );
  });

  it('holds an op ahead of a gap, then releases the run when the gap fills', () => {
    const [one, two, three] = deviceOps(3) as [Op, Op, Op];
    const sequencer = new DeviceSequencer(initialSequencerState(DEVICE_A));
    expect(sequencer.admit(three)).toEqual({ kind: 'held' });
    expect(sequencer.admit(two)).toEqual({ kind: 'held' });
    expect(sequencer.admit(three)).toEqual({ kind: 'held' });
    expect(deliver(sequencer, [one]).merged).toEqual([1, 2, 3]);
  });

  it('answers a retry with the stored outcome, a rejection included', () => {
    const [one] = deviceOps(1) as [Op];
    const sequencer = new DeviceSequencer(initialSequencerState(DEVICE_A));
    sequencer.admit(one);
    const rejected: StoredResult = { opId: one.opId, outcome: 'rejected', code: 'erased' };
    sequencer.settle(one, rejected);
    expect(sequencer.admit(one)).toEqual({ kind: 'replay', result: rejected });
  });

  it('refuses another device’s op and a seq reused by a different op', () => {
    const [one] = deviceOps(1) as [Op];
    const sequencer = new DeviceSequencer(initialSequencerState(DEVICE_A));
    expect(sequencer.admit({ ...one, deviceId: DEVICE_B })).toEqual({
      kind: 'reject',
      code: 'invalid-op',
    });
    deliver(sequencer, [one]);
    expect(sequencer.admit({ ...one, opId: uuid7(99, 6) })).toEqual({
      kind: 'reject',
      code: 'invalid-op',
    });
  });

  it('lets an administrator force held ops past a gap; the missing op, if it comes, is applied late', () => {
    const [one, two, three] = deviceOps(3) as [Op, Op, Op];
    const sequencer = new DeviceSequencer(initialSequencerState(DEVICE_A));
    deliver(sequencer, [three]);
    const forced = sequencer.forceHeld();
    expect(forced.map((o) => o.deviceSeq)).toEqual([3]);
    for (const o of forced) sequencer.settle(o, { opId: o.opId, outcome: 'applied', rev: 1 });
    expect(sequencer.state).toMatchObject({ appliedThrough: 3, skipped: [1, 2], held: [] });
    expect(deliver(sequencer, [two, one]).merged).toEqual([2, 1]);
    expect(sequencer.state.skipped).toEqual([]);
    expect(sequencer.forceHeld()).toEqual([]);
  });
});
