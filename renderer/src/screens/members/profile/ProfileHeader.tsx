import { Anchor, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../../shared/i18n/locales';
import { hashForRoute } from '../../../shell/routes';
import type { SyncState } from '../../../store';
import { formatDay } from './format-dates';
import type { ProfileStatus } from './profile-status';

interface ProfileHeaderProps {
  readonly personId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly status: ProfileStatus;
  readonly syncState: SyncState;
}

// Filled, dark shades: white text on them stays above WCAG AA contrast.
const syncColor: Record<SyncState, string> = {
  pending: 'yellow.9',
  synced: 'green.9',
  conflict: 'red.9',
};

/** Under the name: member id, dates, draft or complete, completeness and sync state, actions. */
export function ProfileHeader({
  personId,
  createdAt,
  updatedAt,
  status,
  syncState,
}: ProfileHeaderProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { completeness, draftProblems } = status;
  const missing = completeness.missing.map((block) => t(`profile.blocks.${block}`));
  const list = (items: string[]) =>
    new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  return (
    <Stack gap="xs" mb="lg">
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          {t('profile.memberId')}: <span dir="ltr">{personId}</span>
        </Text>
        <Text size="sm">{t('profile.registeredOn', { date: formatDay(createdAt, locale) })}</Text>
        <Text size="sm">{t('profile.updatedOn', { date: formatDay(updatedAt, locale) })}</Text>
      </Group>
      <Group gap="md" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('profile.statusLabel')}:
        </Text>
        <Text size="sm" fw={700}>
          {t(draftProblems.length > 0 ? 'profile.draft' : 'profile.complete')}
        </Text>
        <Text size="sm" fw={600}>
          {t('profile.syncLabel')}:
        </Text>
        <Badge color={syncColor[syncState]} variant="filled" data-testid="sync-state">
          {t(`profile.sync.${syncState}`)}
        </Badge>
      </Group>
      {draftProblems.length > 0 && (
        <Text size="sm">
          {t('profile.draftBody', {
            problems: list(draftProblems.map((p) => t(`profile.draftProblems.${p}`))),
          })}
        </Text>
      )}
      <Stack gap={4} maw="28rem">
        <Text size="sm" id="profile-completeness">
          {t('profile.completenessLabel')}:{' '}
          {t('profile.completeness', { filled: completeness.filled, total: completeness.total })}
        </Text>
        <Progress.Root>
          <Progress.Section
            value={(100 * completeness.filled) / completeness.total}
            aria-labelledby="profile-completeness"
          />
        </Progress.Root>
        {missing.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('profile.missingBlocks', { blocks: list(missing) })}
          </Text>
        )}
      </Stack>
      <Group gap="md">
        <Anchor href={hashForRoute('members', personId, 'edit')}>{t('profile.edit')}</Anchor>
        <Anchor href={hashForRoute('members', personId, 'receipt')}>
          {t('profile.printReceipt')}
        </Anchor>
      </Group>
    </Stack>
  );
}
