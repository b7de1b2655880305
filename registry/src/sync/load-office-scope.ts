import { Scope, type OfficeScope } from '../../../shared/sync/scope/scope';
import type { Queryable } from '../db/db';

/** The scope of an enrolled device's office (it exists: devices reference offices). */
export async function loadOfficeScope(db: Queryable, officeId: string): Promise<OfficeScope> {
  const { rows } = await db.query<{ scope: unknown }>('SELECT scope FROM offices WHERE id = $1', [
    officeId,
  ]);
  const row = rows[0];
  if (!row) throw new Error('device office not found');
  return { officeId, scope: Scope.parse(row.scope) };
}
