import { useEffect, useState } from 'react';
import { MissionRequest } from '../../../../shared/domain/mission-request';
import type { RankingResult } from '../../../../shared/matching/match-types';
import type { IndexProgress } from '../../search/member-search-types';
import { useMemberSearch } from '../../search/use-member-search';
import type { Visible } from '../../store';
import { useIndexProgress } from '../members/list/use-index-progress';

export type NeedRanking =
  | { readonly phase: 'waiting'; readonly progress: IndexProgress }
  | { readonly phase: 'ranking' }
  | { readonly phase: 'ready'; readonly result: RankingResult }
  | { readonly phase: 'failed' };

type Answer = { readonly key: string } & (
  { readonly ok: true; readonly result: RankingResult } | { readonly ok: false }
);

/**
 * The members index's ranking for one need, asked once the index has read every member and
 * again whenever the need changes. Runs in the search worker: the page never holds the members.
 */
export function useNeedRanking(need: Visible<MissionRequest>, limit: number): NeedRanking {
  const search = useMemberSearch();
  const progress = useIndexProgress(search);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const ready = progress.phase === 'ready';
  const key = `${need.id}:${need.rev}:${limit}`;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const parsed = MissionRequest.safeParse(need);
    const asked = parsed.success
      ? search.rankForNeed(parsed.data, limit)
      : Promise.reject(new Error('invalid need'));
    asked.then(
      (result) => live && setAnswer({ key, ok: true, result }),
      () => live && setAnswer({ key, ok: false }),
    );
    return () => {
      live = false;
    };
    // `key` names the need's version; the record object itself changes on every reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, ready, key]);
  if (progress.phase === 'failed') return { phase: 'failed' };
  if (!ready) return { phase: 'waiting', progress };
  if (answer === null || answer.key !== key) return { phase: 'ranking' };
  return answer.ok ? { phase: 'ready', result: answer.result } : { phase: 'failed' };
}
