import { readRegistryConfig } from '../config/registry-config';
import { buildApp } from '../http/build-app';
import { registryVersion } from '../registry-version';
import { describeDatabase, openMigratedDb } from './open-migrated-db';

/** `npm run registry`: opens (or creates) the database, migrates it, serves HTTP. */
async function main(): Promise<number> {
  const config = readRegistryConfig(process.env);
  if (!config.ok) {
    console.error(
      `Invalid environment variable(s): ${config.error.variables.join(', ')}. See registry/README.md.`,
    );
    return 2;
  }
  const { host, port, logLevel } = config.config;
  console.log(`Diaspora Desk registry ${registryVersion()}: ${describeDatabase(config.config)}`);
  if (config.config.databaseUrl === undefined) {
    console.log('(the first start creates the database there, which takes a few seconds)');
  }
  const opened = await openMigratedDb(config.config);
  if (!opened.ok) {
    console.error(opened.message);
    return 1;
  }
  const { db } = opened;
  console.log(`Schema at migration ${opened.schemaVersion} (applied now: ${opened.applied.join(', ') || 'none'})`);
  const app = await buildApp({ db, clock: () => new Date(), logger: { level: logLevel } });
  const stop = async () => {
    await app.close();
    await db.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  try {
    const address = await app.listen({ host, port });
    console.log(`Listening on ${address}`);
    return 0;
  } catch (error) {
    await db.close();
    const code = (error as { code?: unknown }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} on ${host} is taken: stop what uses it or set PORT to another port.`
        : `Cannot listen on ${host}:${port} (${String(code ?? (error as Error).name)}).`,
    );
    return 1;
  }
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Registry failed to start (${(error as Error).name}).`);
    process.exitCode = 1;
  },
);
