import { useEffect, useState } from 'react';
import type { membershipRoles } from '../../../../shared/domain/contribution';
import { roleAmong } from '../../../../shared/referrals/association-members';
import type { MemberQuery, MemberSearch } from '../../search/member-search-types';
import { useMemberSearch } from '../../search/use-member-search';
import { useActiveSession } from '../../session/use-desk-session';
import type { Session } from '../../store';
import { useIndexProgress } from '../members/list/use-index-progress';
import { searchFailureOf, type SearchFailure } from '../members/list/search-failure';
import { useCommitsOf } from '../needs/use-commits-of';
import { readMembershipsOf } from './read-memberships-of';

/** The members index answers at most this many rows per call. */
const WINDOW = 1000;

export interface AssociationMemberRow {
  readonly id: string;
  /** Display name in the interface language; empty when none is recorded. */
  readonly name: string;
  readonly role?: (typeof membershipRoles)[number];
}

export type AssociationMemberRows =
  | { readonly phase: 'waiting' }
  | {
      readonly phase: 'ready';
      readonly total: number;
      readonly rows: readonly AssociationMemberRow[];
    }
  | { readonly phase: 'failed'; readonly failure: SearchFailure | 'store' };

type Answer = { readonly key: string } & Exclude<AssociationMemberRows, { phase: 'waiting' }>;

const memberInputs = ['person'] as const;

/** Rows [0, shown) of the members having any of `ids`, by name, with the total. */
async function listMembers(
  search: MemberSearch,
  session: Session,
  ids: readonly string[],
  shown: number,
): Promise<Exclude<AssociationMemberRows, { phase: 'waiting' }>> {
  const query: MemberQuery = { text: '', filters: { association: ids }, sort: 'name' };
  const first = await search.window(query, 0, Math.min(shown, WINDOW));
  const rows = [...first.rows];
  while (rows.length < Math.min(shown, first.total)) {
    const next = await search.window(query, rows.length, Math.min(shown, rows.length + WINDOW));
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  const memberships = await readMembershipsOf(
    session,
    rows.map((r) => r.id),
  );
  if (!memberships.ok) return { phase: 'failed', failure: 'store' };
  const withRoles = rows.map(({ id, name }): AssociationMemberRow => {
    const role = roleAmong(memberships.value.get(id) ?? [], ids);
    return role === undefined ? { id, name } : { id, name, role };
  });
  return { phase: 'ready', total: first.total, rows: withRoles };
}

/**
 * The first `shown` members of the associations `ids` (one, or one with its chapters), by
 * name, from the members index; each row's role read from that person's record only (the rows
 * on screen, never the whole office). Asked again shortly after persons are written; what was
 * shown stays meanwhile.
 */
export function useAssociationMemberRows(
  ids: readonly string[],
  shown: number,
): AssociationMemberRows {
  const search = useMemberSearch();
  const session = useActiveSession();
  const ready = useIndexProgress(search).phase === 'ready';
  const commits = useCommitsOf(memberInputs);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const idsKey = ids.join(',');
  const key = `${idsKey}:${shown}:${commits}`;
  useEffect(() => {
    if (!ready || session === null) return;
    let live = true;
    listMembers(search, session, idsKey.split(','), shown).then(
      (rows) => live && setAnswer({ key, ...rows }),
      (error: unknown) =>
        live && setAnswer({ key, phase: 'failed', failure: searchFailureOf(error) }),
    );
    return () => {
      live = false;
    };
    // `key` names the ids, the rows wanted and the data's version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, session, ready, key]);
  if (answer === null || !answer.key.startsWith(`${idsKey}:`)) return { phase: 'waiting' };
  return answer;
}
