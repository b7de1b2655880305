import { Anchor, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../../../shared/domain/consultation';
import { dueFollowUps } from '../../../../shared/referrals/due-follow-ups';
import { useTopicLabel } from '../../consultations/use-topic-label';
import { usePeople } from '../../referrals/use-people';
import { hashForRoute } from '../../shell/routes';
import type { Visible } from '../../store';

type Due = Visible<Consultation> & Pick<Consultation, 'personId' | 'at' | 'counsellorId'>;

function isComplete(c: Visible<Consultation>): c is Due {
  return c.personId !== undefined && c.at !== undefined && c.counsellorId !== undefined;
}

interface DueFollowUpsViewProps {
  consultations: readonly Visible<Consultation>[];
  staffId: string;
  today: string;
}

/** The signed-in counsellor's follow-ups due today or earlier, oldest first. */
export function DueFollowUpsView({ consultations, staffId, today }: DueFollowUpsViewProps) {
  const { t } = useTranslation();
  const topicLabel = useTopicLabel();
  const due = useMemo(
    () => dueFollowUps(consultations.filter(isComplete), staffId, today),
    [consultations, staffId, today],
  );
  const { names } = usePeople(due.map((c) => c.personId));
  if (due.length === 0) return <Text>{t('consultations.due.none')}</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('consultations.due.member')}</Table.Th>
          <Table.Th scope="col">{t('consultations.fields.followUpDate')}</Table.Th>
          <Table.Th scope="col">{t('consultations.fields.topics')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {due.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Anchor href={hashForRoute('members', c.personId)}>
                {names.get(c.personId) || t('referrals.list.unknownMember')}
              </Anchor>
            </Table.Td>
            <Table.Td>{c.followUpDate}</Table.Td>
            <Table.Td>{(c.topics ?? []).map((x) => topicLabel(x.code)).join(', ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
