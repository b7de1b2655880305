import { parseArgs } from 'node:util';
import { newLogEpoch } from '../../sync/log-epoch';
import type { AdminContext, ExitCode } from '../admin-context';

/**
 * `log:new-epoch`: after restoring the registry from a backup. Offices that had synced beyond
 * the restored log are told to resync at their next pull (they keep their unsent ops).
 */
export async function logNewEpochCommand(args: string[], ctx: AdminContext): Promise<ExitCode> {
  parseArgs({ args, options: {} });
  const epoch = await newLogEpoch(ctx.db, ctx.now());
  ctx.out(`New change-log epoch ${epoch}.`);
  ctx.out(
    'Every office takes a snapshot at its next sync and sends again what the registry lacks.',
  );
  return 0;
}
