import Dexie from 'dexie';
import { z } from 'zod';
import { membershipRoles } from '../../../../shared/domain/contribution';
import { PersonNames } from '../../../../shared/domain/person-names';
import type { PersonMemberships } from '../../../../shared/referrals/association-members';
import type { Session, StoreResult } from '../../store';
import { requireSession } from '../../store/session';
import { catchStoreFailure } from '../../store/store-error';

const PAGE = 500;

/**
 * The only parts of a person this view reads: names to show and the memberships. Narrow so a
 * whole office parses quickly; neither field is high-risk (nothing here is logged as a read).
 */
const MembershipSource = z.object({
  id: z.string(),
  type: z.literal('person'),
  names: PersonNames.optional(),
  associationMemberships: z
    .array(
      z.object({
        organisationId: z.string().optional(),
        role: z.enum(membershipRoles).optional(),
      }),
    )
    .default([]),
});

export type MemberNames = PersonNames | undefined;

export interface ReadProgress {
  readonly done: number;
  readonly total: number;
}

/** The memberships of the persons among `rows` who belong to at least one known association. */
function withMemberships(rows: readonly unknown[]): PersonMemberships<MemberNames>[] {
  const found: PersonMemberships<MemberNames>[] = [];
  for (const row of rows) {
    const parsed = MembershipSource.safeParse(row);
    if (!parsed.success) continue;
    const { id, names, associationMemberships } = parsed.data;
    if (associationMemberships.some((m) => m.organisationId !== undefined)) {
      found.push({ id, name: names, memberships: associationMemberships });
    }
  }
  return found;
}

/**
 * Every person of the office who belongs to at least one known association, read once in pages
 * (the search index does not hold memberships). Reports progress after each page and stops
 * between pages when `signal` aborts (the result is then not used).
 */
export function readMemberships(
  session: Session,
  onProgress: (progress: ReadProgress) => void,
  signal: AbortSignal,
): Promise<StoreResult<PersonMemberships<MemberNames>[]>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    const { db } = session.store;
    const ids = await db.records
      .where('[type+updatedAt]')
      .between(['person', Dexie.minKey], ['person', Dexie.maxKey])
      .primaryKeys();
    const found: PersonMemberships<MemberNames>[] = [];
    onProgress({ done: 0, total: ids.length });
    for (let from = 0; from < ids.length && !signal.aborted; from += PAGE) {
      found.push(...withMemberships(await db.records.bulkGet(ids.slice(from, from + PAGE))));
      onProgress({ done: Math.min(from + PAGE, ids.length), total: ids.length });
    }
    return found;
  });
}

/** The same for a few persons just written (ids of other records or gone ones give nothing). */
export function readMembershipsOf(
  session: Session,
  ids: readonly string[],
): Promise<StoreResult<PersonMemberships<MemberNames>[]>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    return withMemberships(await session.store.db.records.bulkGet([...ids]));
  });
}
