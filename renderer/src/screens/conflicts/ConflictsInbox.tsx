import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../../session/use-desk-session';
import type { Session } from '../../store/session';
import { ConflictRecordCard } from './ConflictRecordCard';
import { useConflictList } from './use-conflict-list';

/**
 * The conflicts inbox (#/sync/conflicts): every record with a field two offices changed
 * differently, base / registry / incoming side by side, and a decision per field.
 */
export function ConflictsInbox() {
  const session = useActiveSession();
  return session ? <Inbox session={session} /> : null;
}

function Inbox({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { list, reload } = useConflictList(session);
  const [notice, setNotice] = useState<'saved' | 'failed' | null>(null);
  return (
    <Stack gap="md" component="section" aria-labelledby="conflicts-title">
      <Title order={2} id="conflicts-title">
        {t('conflicts.title')}
      </Title>
      <Text>{t('conflicts.intro')}</Text>
      {notice === 'saved' ? (
        <Alert color="green" role="status">
          {t('conflicts.saved')}
        </Alert>
      ) : null}
      {notice === 'failed' ? (
        <Alert color="red" role="alert">
          {t('conflicts.notSaved')}
        </Alert>
      ) : null}
      <InboxBody
        session={session}
        list={list}
        onSettled={(outcome) => {
          setNotice(outcome);
          reload();
        }}
      />
    </Stack>
  );
}

function InboxBody(props: {
  session: Session;
  list: ReturnType<typeof useConflictList>['list'];
  onSettled: (outcome: 'saved' | 'failed') => void;
}) {
  const { t } = useTranslation();
  const { list } = props;
  switch (list.state) {
    case 'loading':
      return <Loader size="sm" aria-label={t('conflicts.loading')} />;
    case 'failed':
      return <Alert color="red">{t('conflicts.loadFailed')}</Alert>;
    case 'ready':
      if (list.groups.length === 0) return <Text>{t('conflicts.empty')}</Text>;
      return list.groups.map((group) => (
        <ConflictRecordCard
          key={`${group.recordId}:${group.open.map((c) => c.id).join(',')}`}
          session={props.session}
          group={group}
          onSettled={props.onSettled}
        />
      ));
  }
}
