import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  /** 1 for `001-initial.sql`. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** sha-256 of the file, recorded when applied: an edited migration is refused. */
  readonly checksum: string;
}

export const migrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

const FILE_PATTERN = /^(\d{3})-([a-z0-9-]+)\.sql$/;

/**
 * The numbered SQL files of a folder, in order. Numbering must run 1, 2, 3... without gaps or
 * repeats; any other file in the folder is an error rather than silently skipped.
 */
export function loadMigrations(dir: string = migrationsDir): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => !file.startsWith('.'))
    .map((file) => {
      const match = FILE_PATTERN.exec(file);
      if (!match?.[1] || !match[2]) {
        throw new Error(`Migration file ${file} must be named NNN-name.sql (e.g. 002-add-x.sql)`);
      }
      const sql = readFileSync(join(dir, file), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      return { version: Number(match[1]), name: match[2], sql, checksum };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migrations must be numbered 001, 002, ... without gaps or repeats`);
    }
  });
  return migrations;
}
