import { Button, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../../shared/i18n/locales';
import { useStoreErrorMessage } from '../../../i18n/use-store-error-message';
import { useSessionData } from '../../../session/use-session-data';
import { StatusMessage } from '../../../shell/StatusMessage';
import { listHistory, type HistoryEntry, type Session } from '../../../store';
import type { CodeLabeler } from './code-labels';
import { formatMoment } from './format-dates';
import { HistoryChangeRows } from './HistoryChangeRows';

export const HISTORY_PAGE_SIZE = 10;

interface HistoryPanelProps {
  readonly personId: string;
  readonly staffNames: ReadonlyMap<string, string>;
  readonly label: CodeLabeler;
  /** Changes when the record changes, so the history reloads. */
  readonly revision: number;
}

/** The record's change history: newest first, one row per field changed, paged. */
export function HistoryPanel({ personId, staffNames, label, revision }: HistoryPanelProps) {
  const { t } = useTranslation();
  const storeError = useStoreErrorMessage();
  const [page, setPage] = useState(0);
  const load = useCallback(
    (session: Session) =>
      listHistory(session, personId, {
        offset: page * HISTORY_PAGE_SIZE,
        limit: HISTORY_PAGE_SIZE,
      }),
    [personId, page],
  );
  const { result } = useSessionData(load, `${personId}|${page}|${revision}`);
  const pages = result?.ok ? Math.max(1, Math.ceil(result.value.total / HISTORY_PAGE_SIZE)) : 1;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="profile-history">
      <Title order={2} size="h3" id="profile-history" mb="xs">
        {t('history.title')}
      </Title>
      {result === null && <Loader aria-label={t('shell.loading')} size="sm" />}
      {result?.ok === false && (
        <StatusMessage tone="error">{storeError(result.error)}</StatusMessage>
      )}
      {result?.ok === true && result.value.total === 0 && (
        <Text size="sm">{t('history.none')}</Text>
      )}
      {result?.ok === true && result.value.total > 0 && (
        <>
          <Table.ScrollContainer minWidth="40rem">
            <Table striped withTableBorder>
              <Table.Caption>{t('history.caption', { page: page + 1, pages })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('history.when')}</Table.Th>
                  <Table.Th scope="col">{t('history.who')}</Table.Th>
                  <Table.Th scope="col">{t('history.field')}</Table.Th>
                  <Table.Th scope="col">{t('history.from')}</Table.Th>
                  <Table.Th scope="col">{t('history.to')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.value.entries.map((entry) => (
                  <EntryRows
                    key={entry.entryId}
                    entry={entry}
                    staffNames={staffNames}
                    label={label}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" mt="sm">
            <Button variant="default" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('history.previous')}
            </Button>
            <Text size="sm">{t('history.page', { page: page + 1, pages })}</Text>
            <Button
              variant="default"
              disabled={page + 1 >= pages}
              onClick={() => setPage(page + 1)}
            >
              {t('history.next')}
            </Button>
          </Group>
        </>
      )}
    </Paper>
  );
}

interface EntryRowsProps {
  readonly entry: HistoryEntry;
  readonly staffNames: ReadonlyMap<string, string>;
  readonly label: CodeLabeler;
}

function EntryRows({ entry, staffNames, label }: EntryRowsProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const name =
    entry.userId === null
      ? t('history.unknownUser')
      : (staffNames.get(entry.userId) ?? t('history.unknownUser'));
  const who = entry.source === 'sync' ? t('history.fromRegistry', { who: name }) : name;
  return (
    <HistoryChangeRows
      when={formatMoment(entry.at, locale)}
      who={who}
      kind={t(`history.kinds.${entry.kind}`)}
      changes={entry.changes}
      label={label}
    />
  );
}
