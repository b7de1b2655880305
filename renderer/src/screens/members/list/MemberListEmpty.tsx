import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hashForRoute } from '../../../shell/routes';

/** Nothing to list: no member registered yet, or none matching the search and filters. */
export function MemberListEmpty({ kind }: { kind: 'no-members' | 'no-match' }) {
  const { t } = useTranslation();
  if (kind === 'no-members') {
    return (
      <Stack gap="xs" align="flex-start" py="lg">
        <Text fw={600}>{t('memberList.empty.noMembers')}</Text>
        <Text>{t('memberList.empty.noMembersHint')}</Text>
        <Button component="a" href={hashForRoute('members', 'new')}>
          {t('memberList.register')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="xs" py="lg">
      <Text fw={600}>{t('memberList.empty.noMatch')}</Text>
      <Text>{t('memberList.empty.noMatchHint')}</Text>
    </Stack>
  );
}
