import { Anchor, Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../../shared/domain/placement';
import type { RankedMatch } from '../../../../shared/matching/match-types';
import type { PlacementMove } from '../../../../shared/matching/transition-placement';
import { hashForRoute } from '../../shell/routes';
import type { Visible } from '../../store';
import { CandidateActions } from './CandidateActions';
import { PlacementStatusLine } from './PlacementStatusLine';
import { useReasonText } from './use-reason-text';

interface MatchCardProps {
  readonly rank: number;
  readonly match: RankedMatch;
  readonly name: string;
  readonly placement: Visible<Placement> | null;
  readonly contactable: boolean | null;
  readonly busy: boolean;
  readonly onShortlist: () => void;
  readonly onMove: (move: PlacementMove) => void;
}

/** One suggested member: rank, score, the reason for each criterion, and the decisions to take. */
export function MatchCard(props: MatchCardProps) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const { match, rank, name } = props;
  const headingId = `match-${match.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm">
            <Badge variant="light">{t('matching.rank', { rank })}</Badge>
            <Text fw={600} id={headingId}>
              {name}
            </Text>
            <Anchor href={hashForRoute('members', match.id)} size="sm">
              {t('matching.openProfile')}
            </Anchor>
          </Group>
          <Badge variant="outline">
            {t('matching.score', { score: Math.round(match.score * 100) })}
          </Badge>
        </Group>
        <List size="sm" spacing={2}>
          {match.reasons.map((reason) => (
            <List.Item key={reason.criterion}>
              {reasonText(reason)}{' '}
              <Text span size="xs" c="dimmed">
                (
                {t('matching.points', {
                  points: Math.round(reason.points * 10) / 10,
                  max: reason.maxPoints,
                })}
                )
              </Text>
            </List.Item>
          ))}
        </List>
        <PlacementStatusLine placement={props.placement} />
        <CandidateActions
          name={name}
          placement={props.placement}
          contactable={props.contactable}
          busy={props.busy}
          onShortlist={props.onShortlist}
          onMove={props.onMove}
        />
      </Stack>
    </Card>
  );
}
