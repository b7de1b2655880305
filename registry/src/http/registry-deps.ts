import type { Db } from '../db/db';

/** What the HTTP layer needs from outside: storage and a clock (tests move time). */
export interface RegistryDeps {
  readonly db: Db;
  readonly clock: () => Date;
}
