import { readRegistryConfig } from '../config/registry-config';
import { openMigratedDb } from './open-migrated-db';
import { isAdminCommand, printUsage, runAdminCommand } from './run-admin-command';

const out = (line: string) => console.log(line);
const err = (line: string) => console.error(line);

/** `npm run registry:admin -- <command>`: the same database and migrations as the server. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!isAdminCommand(command)) return printUsage(command, { out, err });
  const config = readRegistryConfig(process.env);
  if (!config.ok) {
    err(`Invalid environment variable(s): ${config.error.variables.join(', ')}. See registry/README.md.`);
    return 2;
  }
  const opened = await openMigratedDb(config.config);
  if (!opened.ok) {
    err(opened.message);
    return 1;
  }
  try {
    return await runAdminCommand(command, args, { db: opened.db, now: () => new Date(), out, err });
  } finally {
    await opened.db.close();
  }
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
