import type { RegistryConfig } from '../config/registry-config';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { openDb } from '../db/open-db';

export type OpenMigratedResult =
  | { ok: true; db: Db; applied: number[]; schemaVersion: number }
  | { ok: false; reason: 'in-use' | 'failed'; message: string };

/** What went wrong, and what to do, for a person at a terminal. */
async function openFailure(config: RegistryConfig, db: Db | null, error: unknown): Promise<string> {
  await db?.close().catch(() => undefined);
  const code = (error as { code?: unknown }).code;
  if (config.databaseUrl !== undefined) {
    return `Cannot reach PostgreSQL at ${db?.location ?? 'DATABASE_URL'} (${String(code ?? 'error')}). Check that it runs and that DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.`;
  }
  return `Cannot open the embedded database in ${config.dataDir} (${String(code ?? (error as Error).name)}). Check the folder's permissions, or set REGISTRY_DATA_DIR to another folder.`;
}

/** Opens the configured database and brings its schema up to date. */
export async function openMigratedDb(config: RegistryConfig): Promise<OpenMigratedResult> {
  let db: Db | null = null;
  try {
    const opened = await openDb(config);
    if (!opened.ok) {
      const { pid, lockFile } = opened.error;
      return {
        ok: false,
        reason: 'in-use',
        message: `The data folder ${config.dataDir} is in use by process ${pid} (a running registry?). The embedded database serves one process at a time: stop that process first. If none runs, delete ${lockFile}.`,
      };
    }
    db = opened.db;
    const migrated = await migrate(db);
    if (!migrated.ok) {
      await db.close();
      const { code, version } = migrated.error;
      return {
        ok: false,
        reason: 'failed',
        message:
          code === 'migration-changed'
            ? `Migration ${version} was edited after it was applied to this database. Restore the file; add a new numbered migration instead.`
            : `This database has migration ${version}, newer than this registry knows: run a newer registry.`,
      };
    }
    return { ok: true, db, applied: migrated.applied, schemaVersion: migrated.current };
  } catch (error) {
    return { ok: false, reason: 'failed', message: await openFailure(config, db, error) };
  }
}

export function describeDatabase(config: RegistryConfig): string {
  return config.databaseUrl !== undefined
    ? 'PostgreSQL (DATABASE_URL)'
    : `embedded PGlite, data folder ${config.dataDir}`;
}
