import { fieldSensitivity } from '../../../shared/domain/field-sensitivity';
import type { Person } from '../../../shared/domain/person';
import { Person as PersonSchema } from '../../../shared/domain/person';
import type { Session, StoreResult, Visible } from '../store';
import { catchStoreFailure } from '../store/store-error';
import { requireSession } from '../store/session';
import { fieldsOf, withoutFields } from '../store/records/visible-fields';

const highRisk = fieldsOf(fieldSensitivity.person, 'high-risk');

/**
 * The persons named by service records (referrals, follow-ups), without their high-risk fields:
 * a list shows who someone is, never what could endanger them, so no high-risk read is logged.
 * Ids not found (not synced here, erased) are left out.
 */
export function readPeople(
  session: Session,
  ids: readonly string[],
): Promise<StoreResult<Map<string, Visible<Person>>>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    const unique = [...new Set(ids)];
    const rows = await session.store.db.records.bulkGet(unique);
    const people = new Map<string, Visible<Person>>();
    for (const row of rows) {
      if (row?.type !== 'person') continue;
      const { syncState: _syncState, ...fields } = row;
      const parsed = PersonSchema.safeParse(fields);
      if (parsed.success) people.set(row.id, withoutFields(parsed.data, highRisk).record);
    }
    return people;
  });
}
