import { MIN_OP_FORMAT_VERSION } from './protocol/protocol-version';
import { Op } from './op';
import type { OpRejectionCode } from './sync-error';

export type ParsedOp =
  | { readonly ok: true; readonly op: Op }
  | { readonly ok: false; readonly opId: string | null; readonly code: OpRejectionCode };

/**
 * Validates one op of a push on its own (a poisoned op is rejected alone). An op from a newer
 * format is accepted: fields this build does not know go to the record's passthrough bag.
 */
export function parseOp(raw: unknown): ParsedOp {
  const parsed = Op.safeParse(raw);
  if (!parsed.success) return { ok: false, opId: opIdOf(raw), code: 'invalid-op' };
  const op = parsed.data;
  if (op.formatVersion < MIN_OP_FORMAT_VERSION) {
    return { ok: false, opId: op.opId, code: 'update-required' };
  }
  return { ok: true, op };
}

function opIdOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('opId' in raw)) return null;
  const { opId } = raw;
  return typeof opId === 'string' && opId.length <= 200 ? opId : null;
}
