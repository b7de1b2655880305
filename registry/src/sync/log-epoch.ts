import type { Queryable } from '../db/db';

/** The change log's epoch (migration 003): offices keep it with their cursor. */
export async function readLogEpoch(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ epoch: string }>('SELECT epoch::text AS epoch FROM log_epoch');
  const epoch = rows[0]?.epoch;
  if (epoch === undefined) throw new Error('log_epoch has no row');
  return epoch;
}

/**
 * Gives the change log a new epoch: every office's next pull answers resync-required and it
 * takes a snapshot. For a registry restored from backup, whose log is behind what offices saw.
 */
export async function newLogEpoch(db: Queryable, now: Date): Promise<string> {
  const { rows } = await db.query<{ epoch: string }>(
    'UPDATE log_epoch SET epoch = gen_random_uuid(), started_at = $1 RETURNING epoch::text AS epoch',
    [now],
  );
  const epoch = rows[0]?.epoch;
  if (epoch === undefined) throw new Error('log_epoch has no row');
  return epoch;
}
