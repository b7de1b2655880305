import { z } from 'zod';
import { membershipRoles } from '../../../../shared/domain/contribution';
import type { MembershipLike } from '../../../../shared/referrals/association-members';
import type { Session, StoreResult } from '../../store';
import { requireSession } from '../../store/session';
import { catchStoreFailure } from '../../store/store-error';

/**
 * The only part of a person this reads: the memberships (not high-risk, so nothing here is
 * logged as a read). Narrow so a page of people parses quickly.
 */
const MembershipSource = z.object({
  id: z.string(),
  type: z.literal('person'),
  associationMemberships: z
    .array(
      z.object({
        organisationId: z.string().optional(),
        role: z.enum(membershipRoles).optional(),
      }),
    )
    .default([]),
});

/**
 * The memberships of a few persons (the rows an association's list shows), by person id; ids
 * of other records, of gone ones or of records that do not parse give nothing.
 */
export function readMembershipsOf(
  session: Session,
  ids: readonly string[],
): Promise<StoreResult<Map<string, readonly MembershipLike[]>>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    const found = new Map<string, readonly MembershipLike[]>();
    for (const row of await session.store.db.records.bulkGet([...ids])) {
      const parsed = MembershipSource.safeParse(row);
      if (parsed.success) found.set(parsed.data.id, parsed.data.associationMemberships);
    }
    return found;
  });
}
