import { parseArgs } from 'node:util';
import { listDevices } from '../../devices/list-devices';
import type { AdminContext, ExitCode } from '../admin-context';
import { formatTable } from '../format-table';

export async function devicesListCommand(args: string[], ctx: AdminContext): Promise<ExitCode> {
  parseArgs({ args, options: {} });
  const devices = await listDevices(ctx.db);
  if (devices.length === 0) {
    ctx.out('No device enrolled yet. Issue a code with: npm run registry:admin -- enroll-code');
    return 0;
  }
  const rows = devices.map((d) => [
    d.id,
    d.officeName,
    d.name,
    d.revokedAt === null ? 'active' : 'revoked',
    d.createdAt,
    d.lastSeenAt,
    d.lastSyncAt,
  ]);
  const headers = ['device', 'office', 'name', 'status', 'enrolled', 'last seen', 'last sync'];
  formatTable(headers, rows).forEach((line) => ctx.out(line));
  return 0;
}
