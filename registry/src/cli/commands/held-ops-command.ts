import { parseArgs } from 'node:util';
import { listHeldOps } from '../../sync/list-held-ops';
import type { AdminContext, ExitCode } from '../admin-context';
import { formatTable } from '../format-table';

/** `held-ops`: devices whose ops wait ahead of a gap in their sequence, and for which seqs. */
export async function heldOpsCommand(args: string[], ctx: AdminContext): Promise<ExitCode> {
  parseArgs({ args, options: {} });
  const held = await listHeldOps(ctx.db);
  if (held.length === 0) {
    ctx.out('No held ops: every device is settled in order.');
    return 0;
  }
  const rows = held.map((h) => [
    h.deviceId,
    h.officeName,
    h.deviceName,
    h.held,
    `${h.firstHeldSeq}-${h.lastHeldSeq}`,
    h.appliedSeq + 1 === h.firstHeldSeq - 1
      ? String(h.appliedSeq + 1)
      : `${h.appliedSeq + 1}-${h.firstHeldSeq - 1}`,
    h.oldestReceivedAt,
  ]);
  const headers = [
    'device',
    'office',
    'name',
    'held',
    'held seqs',
    'missing seqs',
    'waiting since',
  ];
  formatTable(headers, rows).forEach((line) => ctx.out(line));
  ctx.out('The missing ops may still come (a later sync, a USB bundle). When they will not:');
  ctx.out('  npm run registry:admin -- force-held-ops <deviceId> [--older-than-hours 24]');
  return 0;
}
