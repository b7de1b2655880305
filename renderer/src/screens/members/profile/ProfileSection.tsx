import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hashForRoute } from '../../../shell/routes';
import type { ProfileRow, SectionId } from './block-rows';
import classes from './ProfileSection.module.css';

interface ProfileSectionProps {
  readonly personId: string;
  readonly section: SectionId;
  readonly rows: readonly ProfileRow[];
  /** Whether the section links to its part of the edit form. */
  readonly editable: boolean;
}

/** One block of the profile: its fields as a description list, with a link to edit the block. */
export function ProfileSection({ personId, section, rows, editable }: ProfileSectionProps) {
  const { t } = useTranslation();
  const title = t(`profile.blocks.${section}`);
  const headingId = `profile-section-${section}`;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        {editable && (
          <Anchor
            href={hashForRoute('members', personId, 'edit', section)}
            aria-label={t('profile.editBlock', { block: title })}
          >
            {t('profile.edit')}
          </Anchor>
        )}
      </Group>
      <dl className={classes.fields}>
        {rows.map((row) => (
          <div key={row.field} className={classes.row} data-field={row.field}>
            <dt className={classes.label}>{row.label}</dt>
            <dd className={classes.value}>
              <FieldValue row={row} />
            </dd>
          </div>
        ))}
      </dl>
    </Paper>
  );
}

function FieldValue({ row }: { row: ProfileRow }) {
  const { t } = useTranslation();
  if (row.withheld) {
    return (
      <Text size="sm" fs="italic" c="dimmed">
        {t('profile.withheld')}
      </Text>
    );
  }
  if (row.lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('profile.empty')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {row.lines.map((line, index) => (
        <Text key={index} size="sm">
          {line}
        </Text>
      ))}
    </Stack>
  );
}
