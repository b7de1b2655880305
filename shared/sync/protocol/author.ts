import { z } from 'zod';
import { RecordId } from '../../domain/record-id';
import { HLC_PATTERN } from '../hlc';
import type { Op } from '../op';

/** Who made a value: the op, its device, office and user, and the stamp the registry ordered it by. */
export const Author = z.object({
  opId: z.uuid(),
  deviceId: z.uuid(),
  officeId: RecordId,
  userId: RecordId,
  /** The office's own stamp, or the registry's when the office's clock was beyond the bound. */
  hlc: z.string().regex(HLC_PATTERN),
});
export type Author = z.output<typeof Author>;

export function authorOf(op: Op, stamp: string): Author {
  return {
    opId: op.opId,
    deviceId: op.deviceId,
    officeId: op.officeId,
    userId: op.userId,
    hlc: stamp,
  };
}
