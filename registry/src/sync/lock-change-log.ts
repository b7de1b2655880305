import type { Queryable } from '../db/db';

/** Any fixed number, distinct from the migration lock: every writer of `changes` takes it. */
const CHANGE_LOG_LOCK = 748_201_114;

/**
 * Serialises the writers of the change log for the rest of the transaction: a seq taken by one
 * transaction must commit before the next one is taken, or a puller already past the later seq
 * would skip the earlier one for good. Taken first, so everything read after it is current.
 */
export async function lockChangeLog(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK]);
}
