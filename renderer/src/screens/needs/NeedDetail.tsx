import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MissionRequest } from '../../../../shared/domain/mission-request';
import { hashForRoute, navigateTo } from '../../shell/routes';
import type { Visible } from '../../store';
import { MatchPanel } from './MatchPanel';
import type { NeedsData } from './use-needs-data';
import { useCodeLabel } from './use-code-label';

interface NeedDetailProps {
  readonly need: Visible<MissionRequest>;
  readonly data: NeedsData;
  readonly onSaved: () => void;
}

/** One need as recorded, then the members suggested for it and the decisions taken. */
export function NeedDetail({ need, data, onSaved }: NeedDetailProps) {
  const { t } = useTranslation();
  const occupation = useCodeLabel('isco-08');
  const host = data.partners.find((p) => p.id === need.hostInstitutionId);
  const dates =
    need.startDate && need.endDate
      ? t('needs.detail.when', { start: need.startDate, end: need.endDate })
      : (need.startDate ?? t('needs.detail.noDates'));
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Anchor href={hashForRoute('needs')}>{t('needs.detail.back')}</Anchor>
        <Button variant="default" onClick={() => navigateTo('needs', need.id, 'edit')}>
          {t('needs.detail.edit')}
        </Button>
      </Group>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={2} size="h3">
            {need.title}
          </Title>
          {need.status && <Badge variant="light">{t(`needs.statuses.${need.status}`)}</Badge>}
        </Group>
        <Text>{host?.name ?? ''}</Text>
        <Text>
          {need.occupation ? occupation(need.occupation.code) : ''}
          {need.mode ? ` · ${t(`needs.modes.${need.mode}`)}` : ''}
          {need.duration ? ` · ${t(`needs.durations.${need.duration}`)}` : ''}
        </Text>
        <Text size="sm">
          {dates} · {t('needs.detail.experts', { count: need.expertsNeeded ?? 1 })}
        </Text>
        {need.description && <Text size="sm">{need.description}</Text>}
      </Stack>
      <MatchPanel need={need} placements={data.placements} onSaved={onSaved} />
    </Stack>
  );
}
