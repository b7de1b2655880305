import { readRegistryConfig } from '../config/registry-config';
import { registryVersion } from '../registry-version';
import { describeDatabase, openMigratedDb } from './open-migrated-db';
import { startRegistry } from './start-registry';

/** `npm run registry`: opens (or creates) the database, migrates it, serves HTTP. */
async function main(): Promise<number> {
  const read = readRegistryConfig(process.env);
  if (!read.ok) {
    const names = read.error.variables.join(', ');
    console.error(`Invalid environment variable(s): ${names}. See registry/README.md.`);
    return 2;
  }
  const config = read.config;
  console.log(`Diaspora Desk registry ${registryVersion()}: ${describeDatabase(config)}`);
  if (config.databaseUrl === undefined) {
    console.log('(the first start creates the database there, which takes a few seconds)');
  }
  const opened = await openMigratedDb(config);
  if (!opened.ok) {
    console.error(opened.message);
    return 1;
  }
  const applied = opened.applied.join(', ') || 'none';
  console.log(`Schema at migration ${opened.schemaVersion} (applied now: ${applied})`);
  const started = await startRegistry(config, opened.db);
  if (!started.ok) {
    await opened.db.close();
    console.error(started.message);
    return 1;
  }
  console.log(`Listening on ${started.address}`);
  if (started.adminSocket)
    console.log(`Admin commands reach this process through ${started.adminSocket}`);
  const stop = () => void started.stop().finally(() => opened.db.close());
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
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
