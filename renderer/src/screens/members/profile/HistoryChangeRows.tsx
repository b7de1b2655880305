import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../../shared/i18n/locales';
import type { HistoryChange } from '../../../store';
import type { CodeLabeler } from './code-labels';
import { historyValueLines } from './field-lines';
import type { ProfileFormat } from './profile-format';

interface HistoryChangeRowsProps {
  readonly when: string;
  readonly who: string;
  /** "Registered", "Changed"...: shown with the first field. */
  readonly kind: string;
  readonly changes: readonly HistoryChange[];
  readonly label: CodeLabeler;
}

/** One history entry as table rows: one per field changed, when and who on the first. */
export function HistoryChangeRows({ when, who, kind, changes, label }: HistoryChangeRowsProps) {
  const { t, i18n } = useTranslation();
  const format: ProfileFormat = { t, locale: i18n.language as Locale, label };
  const span = Math.max(changes.length, 1);
  if (changes.length === 0) {
    return (
      <Table.Tr>
        <Table.Td>{when}</Table.Td>
        <Table.Td>{who}</Table.Td>
        <Table.Td colSpan={3}>{kind}</Table.Td>
      </Table.Tr>
    );
  }
  return changes.map((change, index) => (
    <Table.Tr key={change.field} data-field={change.field}>
      {index === 0 && (
        <>
          <Table.Td rowSpan={span}>
            <Text size="sm">{when}</Text>
            <Text size="xs" c="dimmed">
              {kind}
            </Text>
          </Table.Td>
          <Table.Td rowSpan={span}>{who}</Table.Td>
        </>
      )}
      <Table.Td>{fieldName(change.field, t)}</Table.Td>
      <Table.Td>
        <ChangeValue change={change} value={change.from} format={format} />
      </Table.Td>
      <Table.Td>
        <ChangeValue change={change} value={change.to} format={format} />
      </Table.Td>
    </Table.Tr>
  ));
}

function fieldName(field: string, t: ProfileFormat['t']): string {
  const key = `profile.fields.${field}`;
  return t(key as 'profile.fields.names', { defaultValue: field });
}

function ChangeValue(props: { change: HistoryChange; value: unknown; format: ProfileFormat }) {
  const { change, value, format } = props;
  if (change.withheld) {
    return (
      <Text size="sm" fs="italic">
        {format.t('history.withheld')}
      </Text>
    );
  }
  const lines = historyValueLines(change.field, value, format);
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {format.t('history.empty')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {lines.map((line, index) => (
        <Text key={index} size="sm">
          {line}
        </Text>
      ))}
    </Stack>
  );
}
