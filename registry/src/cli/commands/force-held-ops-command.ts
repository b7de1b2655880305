import { parseArgs } from 'node:util';
import { z } from 'zod';
import { forceHeldOps } from '../../sync/force-held-ops';
import type { AdminContext, ExitCode } from '../admin-context';

export const DEFAULT_HELD_HOURS = 24;
const HOUR_MS = 3_600_000;

const Options = z.object({
  deviceId: z.uuid(),
  hours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(DEFAULT_HELD_HOURS),
});

/**
 * `force-held-ops <deviceId> [--older-than-hours 24]`: stop waiting for the ops missing before
 * a device's held ops (DESIGN.md "Order of one device's ops"); the held ops are settled now.
 */
export async function forceHeldOpsCommand(args: string[], ctx: AdminContext): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'older-than-hours': { type: 'string' } },
    allowPositionals: true,
  });
  const parsed = Options.safeParse({ deviceId: positionals[0], hours: values['older-than-hours'] });
  if (positionals.length !== 1 || !parsed.success) {
    ctx.err('Usage: npm run registry:admin -- force-held-ops <deviceId> [--older-than-hours 24]');
    ctx.err('Devices with held ops are listed by: npm run registry:admin -- held-ops');
    return 2;
  }
  const { deviceId, hours } = parsed.data;
  const now = ctx.now();
  const result = await forceHeldOps(ctx.db, { deviceId, olderThanMs: hours * HOUR_MS, now });
  if (!result.ok) {
    switch (result.code) {
      case 'unknown-device':
        ctx.err(`No device ${deviceId}. See: npm run registry:admin -- devices:list`);
        return 1;
      case 'nothing-held':
        ctx.out(`Device ${deviceId} has no held ops: nothing to force.`);
        return 0;
      case 'too-recent':
        ctx.err(
          `The oldest held op of ${deviceId} arrived ${result.oldestReceivedAt.toISOString()}, ` +
            `less than ${hours} h ago: its missing ops may still come. Try later, or pass a ` +
            'shorter --older-than-hours.',
        );
        return 1;
    }
  }
  const { skipped, released } = result;
  const missing = skipped.from === skipped.to ? `${skipped.from}` : `${skipped.from}-${skipped.to}`;
  ctx.out(`Device ${deviceId}: seq ${missing} skipped, ${released} held op(s) settled in order.`);
  ctx.out('If a skipped op arrives later it is still applied (late), not refused.');
  return 0;
}
