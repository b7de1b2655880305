import type { AdminContext, ExitCode } from './admin-context';
import { adminUsage } from './admin-usage';
import { devicesListCommand } from './commands/devices-list-command';
import { devicesRevokeCommand } from './commands/devices-revoke-command';
import { enrollCodeCommand } from './commands/enroll-code-command';
import { forceHeldOpsCommand } from './commands/force-held-ops-command';
import { heldOpsCommand } from './commands/held-ops-command';
import { logNewEpochCommand } from './commands/log-new-epoch-command';
import { officeCreateCommand } from './commands/office-create-command';
import { officesStatusCommand } from './commands/offices-status-command';

export const adminCommands = [
  'office:create',
  'offices:status',
  'enroll-code',
  'devices:list',
  'devices:revoke',
  'held-ops',
  'force-held-ops',
  'log:new-epoch',
] as const;
export type AdminCommand = (typeof adminCommands)[number];

function dispatch(command: AdminCommand, args: string[], ctx: AdminContext): Promise<ExitCode> {
  switch (command) {
    case 'office:create':
      return officeCreateCommand(args, ctx);
    case 'offices:status':
      return officesStatusCommand(args, ctx);
    case 'enroll-code':
      return enrollCodeCommand(args, ctx);
    case 'devices:list':
      return devicesListCommand(args, ctx);
    case 'devices:revoke':
      return devicesRevokeCommand(args, ctx);
    case 'held-ops':
      return heldOpsCommand(args, ctx);
    case 'force-held-ops':
      return forceHeldOpsCommand(args, ctx);
    case 'log:new-epoch':
      return logNewEpochCommand(args, ctx);
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

export function isAdminCommand(name: string | undefined): name is AdminCommand {
  return (adminCommands as readonly (string | undefined)[]).includes(name);
}

/** For a command line without a known command: the usage (exit 0 when help was asked for). */
export function printUsage(
  name: string | undefined,
  ctx: Pick<AdminContext, 'out' | 'err'>,
): ExitCode {
  const asked = name === undefined || name === 'help' || name === '--help' || name === '-h';
  if (!asked) ctx.err(`Unknown command: ${name}`);
  adminUsage.forEach((line) => (asked ? ctx.out(line) : ctx.err(line)));
  return asked ? 0 : 2;
}

/** Runs one admin command with its arguments. */
export async function runAdminCommand(
  command: AdminCommand,
  args: string[],
  ctx: AdminContext,
): Promise<ExitCode> {
  try {
    return await dispatch(command, args, ctx);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      ctx.err(`${command}: ${(error as Error).message}`);
      ctx.err('Run `npm run registry:admin -- help` for the options of each command.');
      return 2;
    }
    throw error;
  }
}
