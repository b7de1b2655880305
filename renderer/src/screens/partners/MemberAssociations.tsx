import { Anchor, Badge, Box, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain/person';
import { hashForRoute } from '../../shell/routes';
import type { Visible } from '../../store';
import { useKnownAssociations } from './use-known-associations';

/**
 * A member's associations on their profile: each known association a link to its page (its
 * members, its chapters), a name typed at registration as plain text.
 */
export function MemberAssociations({ person }: { person: Visible<Person> }) {
  const { t } = useTranslation();
  const known = useKnownAssociations();
  const memberships = person.associationMemberships ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="member-associations-title">
      <Title order={3} size="h4" id="member-associations-title">
        {t('associations.profile.title')}
      </Title>
      {memberships.length === 0 ? (
        <Text>{t('associations.profile.none')}</Text>
      ) : (
        <Box component="ul" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {memberships.map((m, i) => {
            const association = known.find((a) => a.id === m.organisationId);
            const name = association?.name ?? m.name ?? t('associations.profile.notHere');
            return (
              <li key={`${m.organisationId ?? ''}:${i}`}>
                <Group gap="xs" py={2}>
                  {m.organisationId === undefined ? (
                    <Text span>{name}</Text>
                  ) : (
                    <Anchor href={hashForRoute('partners', 'associations', m.organisationId)}>
                      {name}
                    </Anchor>
                  )}
                  {m.role !== undefined && (
                    <Badge variant="light">{t(`associations.members.roles.${m.role}`)}</Badge>
                  )}
                </Group>
              </li>
            );
          })}
        </Box>
      )}
    </Stack>
  );
}
