import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  missionStatuses,
  type MissionRequest,
  type MissionStatus,
} from '../../../../shared/domain/mission-request';
import type { PartnerInstitution } from '../../../../shared/domain/organisation';
import { hashForRoute, navigateTo } from '../../shell/routes';
import type { Visible } from '../../store';
import { filterNeeds, needSortKeys, type NeedSortKey } from './filter-needs';
import { useCodeLabel } from './use-code-label';

interface NeedListProps {
  readonly needs: readonly Visible<MissionRequest>[];
  readonly partners: readonly Visible<PartnerInstitution>[];
}

/** The office's mission requests: found by words, filtered by status, sorted. */
export function NeedList({ needs, partners }: NeedListProps) {
  const { t, i18n } = useTranslation();
  const occupation = useCodeLabel('isco-08');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<MissionStatus | null>(null);
  const [sort, setSort] = useState<NeedSortKey>('updated');
  const hostName = useMemo(() => new Map(partners.map((p) => [p.id, p.name ?? ''])), [partners]);
  const host = (need: Visible<MissionRequest>) => hostName.get(need.hostInstitutionId ?? '') ?? '';
  const shown = filterNeeds(
    needs,
    { text, status, sort },
    (need) => `${host(need)} ${need.occupation ? occupation(need.occupation.code) : ''}`,
    i18n.language,
  );
  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('needs.list.search')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Select
          label={t('needs.list.status')}
          data={[
            { value: 'all', label: t('needs.list.allStatuses') },
            ...missionStatuses.map((s) => ({ value: s, label: t(`needs.statuses.${s}`) })),
          ]}
          value={status ?? 'all'}
          onChange={(v) => setStatus(v === null || v === 'all' ? null : (v as MissionStatus))}
          allowDeselect={false}
        />
        <Select
          label={t('needs.list.sort')}
          data={needSortKeys.map((k) => ({ value: k, label: t(`needs.list.sorts.${k}`) }))}
          value={sort}
          onChange={(v) => setSort((v as NeedSortKey | null) ?? 'updated')}
          allowDeselect={false}
        />
        <Button onClick={() => navigateTo('needs', 'new')}>{t('needs.list.new')}</Button>
      </Group>
      {needs.length === 0 && <Text>{t('needs.list.empty')}</Text>}
      {needs.length > 0 && shown.length === 0 && <Text>{t('needs.list.noneMatch')}</Text>}
      {shown.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('needs.fields.title')}</Table.Th>
              <Table.Th>{t('needs.fields.host')}</Table.Th>
              <Table.Th>{t('needs.fields.occupation')}</Table.Th>
              <Table.Th>{t('needs.fields.mode')}</Table.Th>
              <Table.Th>{t('needs.fields.startDate')}</Table.Th>
              <Table.Th>{t('needs.fields.expertsNeeded')}</Table.Th>
              <Table.Th>{t('needs.fields.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((need) => (
              <Table.Tr key={need.id}>
                <Table.Td>
                  <Anchor href={hashForRoute('needs', need.id)}>{need.title}</Anchor>
                </Table.Td>
                <Table.Td>{host(need)}</Table.Td>
                <Table.Td>{need.occupation ? occupation(need.occupation.code) : ''}</Table.Td>
                <Table.Td>{need.mode ? t(`needs.modes.${need.mode}`) : ''}</Table.Td>
                <Table.Td>{need.startDate ?? ''}</Table.Td>
                <Table.Td>{need.expertsNeeded}</Table.Td>
                <Table.Td>
                  {need.status && (
                    <Badge variant="light">{t(`needs.statuses.${need.status}`)}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
