import { parseArgs } from 'node:util';
import { z } from 'zod';
import { revokeDevice } from '../../devices/revoke-device';
import type { AdminContext, ExitCode } from '../admin-context';

export async function devicesRevokeCommand(args: string[], ctx: AdminContext): Promise<ExitCode> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const deviceId = z.uuid().safeParse(positionals[0]);
  if (positionals.length !== 1 || !deviceId.success) {
    ctx.err('Give one device id: npm run registry:admin -- devices:revoke <deviceId>');
    ctx.err('Device ids are listed by: npm run registry:admin -- devices:list');
    return 2;
  }
  const result = await revokeDevice(ctx.db, { deviceId: deviceId.data, now: ctx.now() });
  if (!result.ok) {
    ctx.err(`No device ${deviceId.data}. See: npm run registry:admin -- devices:list`);
    return 1;
  }
  const when = result.revokedAt.toISOString();
  ctx.out(
    result.alreadyRevoked
      ? `Device ${deviceId.data} was already revoked (${when}).`
      : `Device ${deviceId.data} revoked: its next sync is refused and it is told to lock.`,
  );
  return 0;
}
