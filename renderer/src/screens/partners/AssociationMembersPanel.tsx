import { Anchor, Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationCount } from '../../../../shared/referrals/association-members';
import { isLocale } from '../../../../shared/i18n/locales';
import { hashForRoute } from '../../shell/routes';
import { personDisplayName } from '../members/profile/person-display-name';
import type { MembersByAssociation } from './use-association-members';

const PAGE = 200;

interface AssociationMembersPanelProps {
  readonly associationId: string;
  readonly name: string;
  readonly members: MembersByAssociation;
  readonly count: AssociationCount | undefined;
}

/**
 * The people who belong to one association, by name, each a link to their profile (a plain
 * list of links: Tab moves through it), shown a page at a time for very large associations.
 */
export function AssociationMembersPanel(props: AssociationMembersPanelProps) {
  const { associationId, name, members, count } = props;
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const rows = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return (members.get(associationId) ?? [])
      .map((m) => ({ ...m, display: personDisplayName(m.name, locale) }))
      .sort((a, b) => collator.compare(a.display, b.display));
  }, [members, associationId, locale, i18n.language]);
  const direct = count?.direct ?? rows.length;
  const total = count?.total ?? rows.length;
  return (
    <Stack gap="xs" component="section" aria-labelledby="association-members-title">
      <Title order={3} size="h4" id="association-members-title">
        {t('associations.members.title', { name })}
      </Title>
      <Text role="status">
        {total > direct
          ? t('associations.members.countWithChapters', { count: direct, total })
          : t('associations.members.count', { count: direct })}
      </Text>
      {rows.length > 0 && (
        <Box component="ul" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {rows.slice(0, shown).map((m) => (
            <li key={m.personId}>
              <Group gap="xs" py={2}>
                <Anchor href={hashForRoute('members', m.personId)}>
                  {m.display || t('associations.members.unnamed')}
                </Anchor>
                {m.role !== undefined && (
                  <Badge variant="light">{t(`associations.members.roles.${m.role}`)}</Badge>
                )}
              </Group>
            </li>
          ))}
        </Box>
      )}
      {rows.length > shown && (
        <div>
          <Button variant="default" onClick={() => setShown((n) => n + PAGE)}>
            {t('associations.members.showMore', { count: Math.min(PAGE, rows.length - shown) })}
          </Button>
        </div>
      )}
    </Stack>
  );
}
