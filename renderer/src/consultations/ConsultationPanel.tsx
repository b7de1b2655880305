import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../../shared/domain/consultation';
import { useStoreErrorMessage } from '../i18n/use-store-error-message';
import { listAllRecords } from '../referrals/list-all-records';
import { useSessionData } from '../session/use-session-data';
import { StatusMessage } from '../shell/StatusMessage';
import type { Session, Visible } from '../store';
import { ConsultationForm } from './ConsultationForm';
import { ConsultationNotes } from './ConsultationNotes';
import { useTopicLabel } from './use-topic-label';

const load = (session: Session) => listAllRecords(session, 'consultation');

/** A member's consultations on their profile, newest first, and a new one. */
export function ConsultationPanel({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const storeError = useStoreErrorMessage();
  const data = useSessionData(load);
  const result = data.result;
  const mine = useMemo(
    () =>
      result?.ok === true
        ? result.value
            .filter((c) => c.personId === personId)
            .sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''))
        : null,
    [result, personId],
  );
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="member-consultations-title">
      <Title order={2} size="h3" id="member-consultations-title" mb="sm">
        {t('consultations.panel.title')}
      </Title>
      {result === null && <Loader aria-label={t('shell.loading')} />}
      {result?.ok === false && (
        <StatusMessage tone="error">{storeError(result.error)}</StatusMessage>
      )}
      {mine && (
        <Stack gap="lg">
          {mine.length === 0 ? (
            <Text>{t('consultations.panel.empty')}</Text>
          ) : (
            <ConsultationTable consultations={mine} format={(at) => date.format(new Date(at))} />
          )}
          <ConsultationForm personId={personId} onSaved={data.reload} />
        </Stack>
      )}
    </section>
  );
}

interface TableProps {
  consultations: readonly Visible<Consultation>[];
  format: (at: string) => string;
}

function ConsultationTable({ consultations, format }: TableProps) {
  const { t } = useTranslation();
  const topicLabel = useTopicLabel();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('consultations.list.date')}</Table.Th>
            <Table.Th scope="col">{t('consultations.fields.channel')}</Table.Th>
            <Table.Th scope="col">{t('consultations.fields.topics')}</Table.Th>
            <Table.Th scope="col">{t('consultations.fields.followUpDate')}</Table.Th>
            <Table.Th scope="col">{t('consultations.fields.notes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consultations.map((c) => {
            const when = c.at ? format(c.at) : '';
            return (
              <Table.Tr key={c.id}>
                <Table.Td>{when}</Table.Td>
                <Table.Td>{c.channel ? t(`consultations.channels.${c.channel}`) : ''}</Table.Td>
                <Table.Td>
                  {(c.topics ?? []).map((topic) => topicLabel(topic.code)).join(', ')}
                </Table.Td>
                <Table.Td>{c.followUpDate ?? ''}</Table.Td>
                <Table.Td>
                  <ConsultationNotes
                    id={c.id}
                    label={t('consultations.notes.showOf', { date: when })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
