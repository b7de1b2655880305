import { readRegistryConfig, type RegistryConfig } from '../config/registry-config';
import { adminSocketPath } from './admin-socket-path';
import { callAdminSocket } from './call-admin-socket';
import { openMigratedDb } from './open-migrated-db';
import {
  isAdminCommand,
  printUsage,
  runAdminCommand,
  type AdminCommand,
} from './run-admin-command';

const out = (line: string) => console.log(line);
const err = (line: string) => console.error(line);

/** With PGlite in use by a running registry, the command runs inside it, through its socket. */
async function runInRunningRegistry(
  config: RegistryConfig,
  argv: string[],
): Promise<number | null> {
  const reply = await callAdminSocket(adminSocketPath(config.dataDir), argv);
  if (reply === null) return null;
  reply.out.forEach(out);
  reply.err.forEach(err);
  return reply.exitCode;
}

async function runHere(config: RegistryConfig, command: AdminCommand, args: string[]) {
  const opened = await openMigratedDb(config);
  if (!opened.ok) {
    const remote =
      opened.reason === 'in-use' ? await runInRunningRegistry(config, [command, ...args]) : null;
    if (remote !== null) return remote;
    err(opened.message);
    return 1;
  }
  try {
    return await runAdminCommand(command, args, { db: opened.db, now: () => new Date(), out, err });
  } finally {
    await opened.db.close();
  }
}

/** `npm run registry:admin -- <command>`: the same database and migrations as the server. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!isAdminCommand(command)) return printUsage(command, { out, err });
  const config = readRegistryConfig(process.env);
  if (!config.ok) {
    err(
      `Invalid environment variable(s): ${config.error.variables.join(', ')}. See registry/README.md.`,
    );
    return 2;
  }
  return runHere(config.config, command, args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const code = (error as { code?: unknown }).code;
    err(`Admin command failed (${(error as Error).name}${code ? ` ${String(code)}` : ''}).`);
    process.exitCode = 1;
  },
);
