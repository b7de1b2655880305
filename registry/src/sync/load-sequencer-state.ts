import type {
  DeviceSequencerState,
  SequencedOp,
} from '../../../shared/sync/ordering/device-sequencer';
import type { StoredResult } from '../../../shared/sync/protocol/push-result';
import type { Queryable } from '../db/db';

type Row = {
  applied_seq: number;
  settled: { deviceId: string; outcome: StoredResult } | null;
  held: { opId: string; deviceSeq: number }[];
  /** Seqs an administrator forced past (force-held-ops); such an op is applied when it comes. */
  skipped: number[];
};

export type SequencerStateResult =
  | { ok: true; state: DeviceSequencerState<SequencedOp> }
  /** The op id is already settled for another device. */
  | { ok: false };

/**
 * The part of a device's sequencer state that deciding about one op needs, from `devices`,
 * `held_ops` and `applied_ops`: how far it is settled, what waits, and this op's stored outcome.
 */
export async function loadSequencerState(
  tx: Queryable,
  deviceId: string,
  opId: string,
): Promise<SequencerStateResult> {
  const { rows } = await tx.query<Row>(
    `SELECT d.applied_seq,
       (SELECT json_build_object('deviceId', a.device_id, 'outcome', a.outcome)
        FROM applied_ops a WHERE a.op_id = $2) AS settled,
       COALESCE((SELECT json_agg(json_build_object('opId', h.op_id, 'deviceSeq', h.device_seq)
                                 ORDER BY h.device_seq)
                 FROM held_ops h WHERE h.device_id = $1), '[]'::json) AS held,
       COALESCE((SELECT json_agg(s.device_seq) FROM skipped_seqs s WHERE s.device_id = $1),
                '[]'::json) AS skipped
     FROM devices d WHERE d.id = $1`,
    [deviceId, opId],
  );
  const row = rows[0];
  if (!row) throw new Error('device not found');
  if (row.settled && row.settled.deviceId !== deviceId) return { ok: false };
  const outcomes = new Map<string, StoredResult>();
  if (row.settled) outcomes.set(opId, row.settled.outcome);
  const held = row.held.map((h) => ({ ...h, deviceId }));
  return {
    ok: true,
    state: { deviceId, appliedThrough: row.applied_seq, held, skipped: row.skipped, outcomes },
  };
}
