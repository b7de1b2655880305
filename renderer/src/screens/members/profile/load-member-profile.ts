import type { Consent } from '../../../../../shared/domain/consent';
import type { Person } from '../../../../../shared/domain/person';
import {
  listHistory,
  recordSyncState,
  repositoryFor,
  type Session,
  type StoreResult,
  type SyncState,
  type Visible,
} from '../../../store';
import { listPersonConsents } from './list-person-consents';

/** Everything the profile and the receipt show about one member. */
export interface MemberProfile {
  readonly person: Visible<Person>;
  /** High-risk fields that hold something this role may not see. */
  readonly hiddenFields: readonly string[];
  readonly consents: readonly Consent[];
  /** For each withdrawn consent, the staff id that withdrew it (null when unknown). */
  readonly withdrawnBy: ReadonlyMap<string, string | null>;
  readonly syncState: SyncState;
  readonly officeName: string;
  /** Display names of this office's staff, by id, for "who". */
  readonly staffNames: ReadonlyMap<string, string>;
}

const people = repositoryFor('person');
const offices = repositoryFor('office');
const staff = repositoryFor('staff-user');

async function withdrawer(session: Session, consent: Consent): Promise<string | null> {
  const page = await listHistory(session, consent.id, { limit: 50 });
  if (!page.ok) return null;
  const entry = page.value.entries.find((e) =>
    e.changes.some((c) => c.field === 'withdrawnAt' && c.to !== null && c.to !== undefined),
  );
  return entry?.userId ?? null;
}

/** Loads a member's profile for the session's role (reading high-risk fields is audited). */
export async function loadMemberProfile(
  session: Session,
  id: string,
): Promise<StoreResult<MemberProfile>> {
  const viewed = await people.get(session, id);
  if (!viewed.ok) return viewed;
  const [consents, syncState, office, staffList] = await Promise.all([
    listPersonConsents(session, id),
    recordSyncState(session, id),
    offices.get(session, session.officeId),
    staff.list(session, { limit: 1000 }),
  ]);
  if (!consents.ok) return consents;
  if (!syncState.ok) return syncState;
  const withdrawnBy = new Map<string, string | null>();
  for (const consent of consents.value) {
    if (consent.withdrawnAt !== undefined) {
      withdrawnBy.set(consent.id, await withdrawer(session, consent));
    }
  }
  const staffNames = new Map<string, string>();
  for (const s of staffList.ok ? staffList.value.records : []) {
    const name = s.displayName ?? s.username;
    if (name) staffNames.set(s.id, name);
  }
  return {
    ok: true,
    value: {
      person: viewed.value.record,
      hiddenFields: viewed.value.hiddenFields,
      consents: consents.value,
      withdrawnBy,
      syncState: syncState.value,
      officeName: office.ok ? (office.value.record.name ?? '') : '',
      staffNames,
    },
  };
}
