import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/audit/audit-entry';

interface AuditTableProps {
  entries: readonly AuditEntry[];
  /** Staff id → username, to name who acted. */
  usernames: ReadonlyMap<string, string>;
  caption: string;
}

/** The last characters of an id: enough to tell records apart in a list. */
function shortId(id: string): string {
  return `…${id.slice(-8)}`;
}

/** Entries newest first: number, time, action, who, which record (type and id, no content). */
export function AuditTable({ entries, usernames, caption }: AuditTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.columns.seq')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.user')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.record')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td>{t('audit.seq', { seq: entry.seq })}</Table.Td>
              <Table.Td>{t('audit.at', { at: new Date(entry.at) })}</Table.Td>
              <Table.Td>{t(`audit.actions.${entry.action}`)}</Table.Td>
              <Table.Td dir="auto">
                {entry.userId === null
                  ? t('audit.noAccount')
                  : (usernames.get(entry.userId) ?? shortId(entry.userId))}
              </Table.Td>
              <Table.Td>
                {entry.recordType && entry.recordId
                  ? t('audit.record', {
                      type: t(`audit.recordTypes.${entry.recordType}`),
                      id: shortId(entry.recordId),
                    })
                  : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
