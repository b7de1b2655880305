import type { Db, Queryable } from './db';
import { loadMigrations, type Migration } from './load-migrations';

/** Any fixed number: every registry instance takes the same lock while migrating. */
const MIGRATION_LOCK = 748_201_113;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export type MigrateError =
  { code: 'migration-changed'; version: number } | { code: 'database-newer'; version: number };

export type MigrateResult =
  { ok: true; applied: number[]; current: number } | { ok: false; error: MigrateError };

type AppliedRow = { version: number; checksum: string };

async function lockedState(tx: Queryable): Promise<AppliedRow[]> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  await tx.exec(CREATE_TABLE);
  const result = await tx.query<AppliedRow>(
    'SELECT version, checksum FROM schema_migrations ORDER BY version',
  );
  return result.rows;
}

function checkApplied(applied: AppliedRow[], migrations: Migration[]): MigrateError | null {
  for (const row of applied) {
    const migration = migrations.find((m) => m.version === row.version);
    if (!migration) return { code: 'database-newer', version: row.version };
    if (migration.checksum !== row.checksum)
      return { code: 'migration-changed', version: row.version };
  }
  return null;
}

/** Applies one migration if still pending; false when another instance applied it first. */
async function applyOne(db: Db, migration: Migration): Promise<boolean> {
  return db.transaction(async (tx) => {
    const applied = await lockedState(tx);
    if (applied.some((row) => row.version === migration.version)) return false;
    await tx.exec(migration.sql);
    await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
      migration.version,
      migration.name,
      migration.checksum,
    ]);
    return true;
  });
}

/**
 * Brings the schema up to date: each pending migration in order, each in its own transaction
 * with its row in schema_migrations, under an advisory lock so instances starting together
 * apply each once. Refuses a database whose applied migrations differ from the files.
 */
export async function migrate(
  db: Db,
  migrations: readonly Migration[] = loadMigrations(),
): Promise<MigrateResult> {
  const applied = await db.transaction(lockedState);
  const mismatch = checkApplied(applied, [...migrations]);
  if (mismatch) return { ok: false, error: mismatch };
  const done = new Set(applied.map((row) => row.version));
  const newlyApplied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    if (await applyOne(db, migration)) newlyApplied.push(migration.version);
  }
  const current = migrations.at(-1)?.version ?? 0;
  return { ok: true, applied: newlyApplied, current };
}
