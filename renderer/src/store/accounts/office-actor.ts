import { metaEntries, requireMeta } from '../db/meta';
import type { Actor, OfficeStore } from '../session';

/** The office and device ids for audit entries made without a session (failed logins). */
export async function officeActor(store: OfficeStore): Promise<Actor> {
  const office = await requireMeta(store.db, metaEntries.office);
  return { store, officeId: office.officeId, deviceId: office.deviceId, staffId: null };
}
