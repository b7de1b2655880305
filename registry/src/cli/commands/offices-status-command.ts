import { parseArgs } from 'node:util';
import { officeStatus } from '../../offices/office-status';
import type { AdminContext, ExitCode } from '../admin-context';
import { formatTable } from '../format-table';

function ago(since: Date | null, now: Date): string {
  if (since === null) return 'never';
  const minutes = Math.max(0, Math.round((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 120) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}

export async function officesStatusCommand(args: string[], ctx: AdminContext): Promise<ExitCode> {
  parseArgs({ args, options: {} });
  const offices = await officeStatus(ctx.db);
  if (offices.length === 0) {
    ctx.out('No office yet. Create one with: npm run registry:admin -- office:create ...');
    return 0;
  }
  const now = ctx.now();
  const rows = offices.map((o) => [
    o.id,
    o.name,
    o.activeDevices,
    o.lastSyncAt,
    ago(o.lastSyncAt, now),
    o.changesBehind,
    o.heldOps,
  ]);
  const headers = ['office', 'name', 'devices', 'last sync', 'lag', 'changes behind', 'held ops'];
  formatTable(headers, rows).forEach((line) => ctx.out(line));
  return 0;
}
