import { Alert, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissionRequest } from '../../../../shared/domain/mission-request';
import type { Placement } from '../../../../shared/domain/placement';
import { usePeople } from '../../referrals/use-people';
import { useActiveSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { canViewHighRisk, type Visible } from '../../store';
import { DecisionList } from './DecisionList';
import { MatchCard } from './MatchCard';
import { useNeedRanking, type NeedRanking } from './use-need-ranking';
import { usePlacementDecisions } from './use-placement-decisions';

const LIMIT = 30;

interface MatchPanelProps {
  readonly need: Visible<MissionRequest>;
  readonly placements: readonly Visible<Placement>[];
  readonly onSaved: () => void;
}

/** The members the index suggests for a need, why, and the decisions taken about them. */
export function MatchPanel({ need, placements, onSaved }: MatchPanelProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const decisions = usePlacementDecisions(need, onSaved);
  const mine = useMemo(
    () => placements.filter((p) => p.missionRequestId === need.id),
    [placements, need.id],
  );
  const decided = useMemo(() => mine.flatMap((p) => p.personId ?? []), [mine]);
  const ranking = useNeedRanking(need, LIMIT, decided);
  const byPerson = useMemo(() => new Map(mine.map((p) => [p.personId ?? '', p])), [mine]);
  // Null until the worker has said (the ranking carries it): contacting waits, nothing is refused.
  const contactable = useMemo(
    () => (ranking.phase === 'ready' ? new Set(ranking.result.contactable) : null),
    [ranking],
  );
  const matches = useMemo(
    () => (ranking.phase === 'ready' ? ranking.result.matches : []),
    [ranking],
  );
  const { names } = usePeople(
    useMemo(
      () => [...matches.map((m) => m.id), ...mine.flatMap((p) => p.personId ?? [])],
      [matches, mine],
    ),
  );
  const nameOf = (id: string) => names.get(id) || t('matching.unknownName', { id: id.slice(-6) });
  return (
    <Stack gap="md" component="section" aria-labelledby="matches-title">
      <Title order={2} size="h3" id="matches-title">
        {t('matching.title')}
      </Title>
      <Text size="sm">{t('matching.disclaimer')}</Text>
      {session && !canViewHighRisk(session.role) && need.region && (
        <Text size="sm">{t('matching.regionHidden')}</Text>
      )}
      <RankingStatus ranking={ranking} />
      {decisions.outcome && (
        <StatusMessage tone={decisions.outcome.tone}>{decisions.outcome.text}</StatusMessage>
      )}
      {matches.map((match, i) => (
        <MatchCard
          key={match.id}
          rank={i + 1}
          match={match}
          name={nameOf(match.id)}
          placement={byPerson.get(match.id) ?? null}
          contactable={contactable?.has(match.id) ?? null}
          busy={decisions.busy === match.id}
          onShortlist={() => decisions.shortlist(match.id, match.score)}
          onMove={(move) => {
            const placement = byPerson.get(match.id);
            if (placement) decisions.move(placement, move);
          }}
        />
      ))}
      <DecisionList
        placements={mine}
        nameOf={nameOf}
        contactable={contactable}
        decisions={decisions}
      />
    </Stack>
  );
}

function RankingStatus({ ranking }: { ranking: NeedRanking }) {
  const { t } = useTranslation();
  switch (ranking.phase) {
    case 'waiting': {
      const { done, total } = ranking.progress;
      return (
        <Stack gap={4}>
          <Text size="sm">{t('matching.loading', { done, total })}</Text>
          <Progress
            value={total > 0 ? (100 * done) / total : 0}
            aria-label={t('matching.loading', { done, total })}
            size="sm"
          />
        </Stack>
      );
    }
    case 'ranking':
      return <Loader size="sm" aria-label={t('matching.ranking')} />;
    case 'failed':
      return (
        <Alert color="red" role="alert">
          {t('matching.failed')}
        </Alert>
      );
    case 'ready': {
      const { eligible, excluded, matches } = ranking.result;
      return (
        <Stack gap={4} role="status">
          <Text size="sm">
            {eligible === 0
              ? t('matching.none')
              : t('matching.eligible', { count: eligible, shown: matches.length })}
          </Text>
          {excluded.restricted + excluded.noContactConsent > 0 && (
            <Text size="sm">
              {t('matching.excluded', {
                restricted: excluded.restricted,
                noConsent: excluded.noContactConsent,
              })}
            </Text>
          )}
        </Stack>
      );
    }
    default: {
      const unknown: never = ranking;
      return unknown;
    }
  }
}
