import { useEffect, useMemo, useState } from 'react';
import {
  associationCountGroups,
  type AssociationCount,
} from '../../../../shared/referrals/association-members';
import type { IndexProgress } from '../../search/member-search-types';
import { useMemberSearch } from '../../search/use-member-search';
import { useIndexProgress } from '../members/list/use-index-progress';
import { searchFailureOf, type SearchFailure } from '../members/list/search-failure';
import { useCommitsOf } from '../needs/use-commits-of';

export type AssociationCounts =
  | { readonly phase: 'waiting'; readonly progress: IndexProgress }
  | { readonly phase: 'ready'; readonly counts: ReadonlyMap<string, AssociationCount> }
  | { readonly phase: 'failed'; readonly failure: SearchFailure };

type Answer = { readonly key: string } & (
  | { readonly ok: true; readonly counts: ReadonlyMap<string, AssociationCount> }
  | { readonly ok: false; readonly failure: SearchFailure }
);

/** Who joins or leaves an association is written in person records. */
const memberInputs = ['person'] as const;

/**
 * Members per association, on their own and with their chapters (`families`: each id with its
 * chapters'), counted by the members index once it has read every member, and again shortly
 * after persons are written. The counts shown meanwhile stay: the tree does not flicker.
 */
export function useAssociationCounts(
  families: ReadonlyMap<string, readonly string[]>,
): AssociationCounts {
  const search = useMemberSearch();
  const progress = useIndexProgress(search);
  const commits = useCommitsOf(memberInputs);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const ready = progress.phase === 'ready';
  const asked = useMemo(() => associationCountGroups(families), [families]);
  const key = `${commits}:${asked.groups.map((g) => g.join(',')).join(';')}`;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    search.countMembers('association', asked.groups).then(
      (counts) => live && setAnswer({ key, ok: true, counts: asked.read(counts) }),
      (error: unknown) => live && setAnswer({ key, ok: false, failure: searchFailureOf(error) }),
    );
    return () => {
      live = false;
    };
    // `key` names the groups and the data's version; `asked` changes with them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, ready, key]);
  if (progress.phase === 'failed') return { phase: 'failed', failure: 'failed' };
  if (!ready || answer === null) return { phase: 'waiting', progress };
  if (!answer.ok) return { phase: 'failed', failure: answer.failure };
  return { phase: 'ready', counts: answer.counts };
}
