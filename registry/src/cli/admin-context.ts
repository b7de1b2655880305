import type { Db } from '../db/db';

/** What an admin command gets: the database, the time, and where to print. */
export interface AdminContext {
  readonly db: Db;
  readonly now: () => Date;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** 0 done; 1 refused (the data said no); 2 the command line was wrong. */
export type ExitCode = 0 | 1 | 2;
