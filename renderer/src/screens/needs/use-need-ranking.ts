import { useEffect, useState } from 'react';
import { MissionRequest } from '../../../../shared/domain/mission-request';
import type { IndexProgress, NeedRankingResult } from '../../search/member-search-types';
import { useMemberSearch } from '../../search/use-member-search';
import type { Visible } from '../../store';
import { useIndexProgress } from '../members/list/use-index-progress';
import { useCommitsOf } from './use-commits-of';

export type NeedRanking =
  | { readonly phase: 'waiting'; readonly progress: IndexProgress }
  | { readonly phase: 'ranking' }
  | { readonly phase: 'ready'; readonly result: NeedRankingResult; readonly refreshing: boolean }
  | { readonly phase: 'failed' };

type Answer = { readonly need: string; readonly key: string } & (
  { readonly ok: true; readonly result: NeedRankingResult } | { readonly ok: false }
);

/** Members and consents change who fits and who may be ranked. */
const rankingInputs = ['person', 'consent'] as const;

/**
 * The members index's ranking for one need, with who may be contacted among the ranked and
 * `people` (those already decided on), asked once the index has read every member, again
 * whenever the need or `people` change, and again shortly after members or consents are
 * written (a registration, an edit, a sync): the ranking shown meanwhile stays, so nothing on
 * the screen (focus, the shortlist decisions, which are records of their own) is lost. Runs in
 * the search worker: the page never holds the members or their consents.
 */
export function useNeedRanking(
  need: Visible<MissionRequest>,
  limit: number,
  people: readonly string[],
): NeedRanking {
  const search = useMemberSearch();
  const progress = useIndexProgress(search);
  const commits = useCommitsOf(rankingInputs);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const ready = progress.phase === 'ready';
  const needKey = `${need.id}:${need.rev}:${limit}`;
  const peopleKey = [...new Set(people)].sort().join(',');
  const key = `${needKey}:${commits}:${peopleKey}`;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const parsed = MissionRequest.safeParse(need);
    const asked = parsed.success
      ? search.rankForNeed(parsed.data, limit, peopleKey === '' ? [] : peopleKey.split(','))
      : Promise.reject(new Error('invalid need'));
    asked.then(
      (result) => live && setAnswer({ need: needKey, key, ok: true, result }),
      () => live && setAnswer({ need: needKey, key, ok: false }),
    );
    return () => {
      live = false;
    };
    // `key` names the need's version and the data's; the record object changes on every reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, ready, key]);
  if (progress.phase === 'failed') return { phase: 'failed' };
  if (!ready) return { phase: 'waiting', progress };
  if (answer === null || answer.need !== needKey) return { phase: 'ranking' };
  if (!answer.ok) return answer.key === key ? { phase: 'failed' } : { phase: 'ranking' };
  return { phase: 'ready', result: answer.result, refreshing: answer.key !== key };
}
