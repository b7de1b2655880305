import type Dexie from 'dexie';

/**
 * One numbered schema step. `declare` adds `db.version(version)` with the tables it changes and
 * an optional upgrade. Upgrades run at open, before unlock, with no key: they may touch clear
 * fields and unencrypted tables only. Changes to sealed content are data migrations that run
 * after unlock (a flag in meta set here, acted on by the repository).
 */
export interface Migration {
  readonly version: number;
  declare(db: Dexie): void;
}
