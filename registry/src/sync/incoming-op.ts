import { z } from 'zod';
import type { SequencedOp } from '../../../shared/sync/ordering/device-sequencer';
import { parseOp, type ParsedOp } from '../../../shared/sync/parse-op';
import type { OpRejectionCode } from '../../../shared/sync/sync-error';

/**
 * One op of a push as the registry sequences it. An op that fails validation but still names
 * its id, device and seq is sequenced anyway: its rejection fills its place in the device's
 * order, so one poisoned op never holds back every later op of its device.
 */
export interface IncomingOp {
  readonly slot: SequencedOp;
  readonly parsed: ParsedOp;
  /** The op as received: what `held_ops` keeps until the gap before it fills. */
  readonly raw: unknown;
  /** Its record, when it names one (kept with the outcome). */
  readonly recordId: string | null;
}

export type IncomingResult =
  { ok: true; incoming: IncomingOp } | { ok: false; opId: string | null; code: OpRejectionCode };

const Slot = z.object({
  opId: z.uuid(),
  deviceId: z.uuid(),
  deviceSeq: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
  recordId: z.uuid().optional().catch(undefined),
});

export function incomingOp(raw: unknown): IncomingResult {
  const parsed = parseOp(raw);
  if (parsed.ok) {
    const { op } = parsed;
    return { ok: true, incoming: { slot: op, parsed, raw, recordId: op.recordId } };
  }
  const slot = Slot.safeParse(raw);
  if (!slot.success) return { ok: false, opId: parsed.opId, code: parsed.code };
  const { recordId, ...sequenced } = slot.data;
  return { ok: true, incoming: { slot: sequenced, parsed, raw, recordId: recordId ?? null } };
}

/**
 * The same op refused whatever it held, because the database would not store a value of it
 * (a \u0000 in a string, say): only its sequence slot is kept, to be settled as rejected.
 */
export function poisoned(incoming: IncomingOp): IncomingOp {
  const parsed: ParsedOp = { ok: false, opId: incoming.slot.opId, code: 'invalid-op' };
  const { opId, deviceId, deviceSeq } = incoming.slot;
  return { ...incoming, parsed, raw: { opId, deviceId, deviceSeq } };
}
