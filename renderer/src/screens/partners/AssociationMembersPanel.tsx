import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationCount } from '../../../../shared/referrals/association-members';
import { hashForRoute } from '../../shell/routes';
import { AssociationCountText } from './AssociationCountText';
import { useAssociationMemberRows } from './use-association-member-rows';

const PAGE = 200;

interface AssociationMembersPanelProps {
  readonly name: string;
  /** The association's id, then its chapters' at any depth. */
  readonly family: readonly string[];
  readonly count: AssociationCount | undefined;
}

/**
 * The people who belong to one association (or, when asked, to it or any of its chapters), by
 * name, each a link to their profile (a plain list of links: Tab moves through it), a page at a
 * time from the members index.
 */
export function AssociationMembersPanel({ name, family, count }: AssociationMembersPanelProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const [withChapters, setWithChapters] = useState(false);
  const ids = withChapters ? family : family.slice(0, 1);
  const members = useAssociationMemberRows(ids, shown);
  return (
    <Stack gap="xs" component="section" aria-labelledby="association-members-title">
      <Title order={3} size="h4" id="association-members-title">
        {t('associations.members.title', { name })}
      </Title>
      {count !== undefined && (
        <Text role="status">
          <AssociationCountText count={count} />
        </Text>
      )}
      {family.length > 1 && (
        <Checkbox
          label={t('associations.members.includeChapters')}
          checked={withChapters}
          onChange={(event) => {
            setWithChapters(event.currentTarget.checked);
            setShown(PAGE);
          }}
        />
      )}
      {members.phase === 'failed' && (
        <Alert color="red" role="alert">
          {t('associations.members.failed')}
        </Alert>
      )}
      {members.phase === 'ready' && members.rows.length > 0 && (
        <Box component="ul" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {members.rows.map((m) => (
            <li key={m.id}>
              <Group gap="xs" py={2}>
                <Anchor href={hashForRoute('members', m.id)}>
                  {m.name || t('associations.members.unnamed')}
                </Anchor>
                {m.role !== undefined && (
                  <Badge variant="light">{t(`associations.members.roles.${m.role}`)}</Badge>
                )}
              </Group>
            </li>
          ))}
        </Box>
      )}
      {members.phase === 'ready' && members.total > members.rows.length && (
        <div>
          <Button variant="default" onClick={() => setShown(members.rows.length + PAGE)}>
            {t('associations.members.showMore', {
              count: Math.min(PAGE, members.total - members.rows.length),
            })}
          </Button>
        </div>
      )}
    </Stack>
  );
}
