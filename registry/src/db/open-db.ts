import type { RegistryConfig } from '../config/registry-config';
import type { Db } from './db';
import { openPgliteDb, type OpenPgliteResult } from './open-pglite-db';
import { openPostgresDb } from './open-postgres-db';

export type OpenDbResult = { ok: true; db: Db } | Extract<OpenPgliteResult, { ok: false }>;

/** PostgreSQL when the config has a DATABASE_URL, else the embedded PGlite data folder. */
export async function openDb(
  config: Pick<RegistryConfig, 'databaseUrl' | 'dataDir'>,
  onIdleError?: (error: Error) => void,
): Promise<OpenDbResult> {
  if (config.databaseUrl !== undefined) {
    return { ok: true, db: openPostgresDb({ url: config.databaseUrl, onIdleError }) };
  }
  return openPgliteDb({ dataDir: config.dataDir });
}
