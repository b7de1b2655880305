import type Dexie from 'dexie';
import { migration001 } from './001-initial';
import { migration002 } from './002-blind-index';
import { migration003 } from './003-history';
import { migration004 } from './004-sync';
import { migration005 } from './005-search-snapshot';
import type { Migration } from './migration';

/** Every schema step, oldest first. Never edit a released one: add the next. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;

/** Declares the schema steps up to `upTo` (tests open old versions with a lower one). */
export function declareMigrations(db: Dexie, upTo: number = LATEST_SCHEMA_VERSION): void {
  for (const migration of migrations) {
    if (migration.version <= upTo) migration.declare(db);
  }
}
