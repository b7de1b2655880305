import { z } from 'zod';
import { MAX_BATCH_OPS } from './batch-size';

/**
 * A batch of one device's ops, oldest first. Ops stay unparsed here: each is validated alone
 * ({@link parseOp}), so one malformed op is rejected by itself and never sinks its batch.
 */
export const PushRequest = z.object({
  protocolVersion: z.int().min(1),
  deviceId: z.uuid(),
  /** The office's wall clock (ms since the epoch) when it sent the batch, for the drift report. */
  clientTime: z.int().min(0),
  ops: z.array(z.unknown()).min(1).max(MAX_BATCH_OPS),
});
export type PushRequest = z.output<typeof PushRequest>;
