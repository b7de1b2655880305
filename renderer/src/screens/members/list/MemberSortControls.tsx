import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { memberSortKeys, type MemberSortKey } from '../../../search/member-search-types';

interface MemberSortControlsProps {
  sort: MemberSortKey;
  descending: boolean;
  onSort(sort: MemberSortKey): void;
  onDescending(descending: boolean): void;
}

const isSortKey = (value: string): value is MemberSortKey =>
  (memberSortKeys as readonly string[]).includes(value);

/** Sort key and direction as two native selects (keyboard and screen-reader friendly). */
export function MemberSortControls(props: MemberSortControlsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end">
      <NativeSelect
        label={t('memberList.sortLabel')}
        value={props.sort}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isSortKey(value)) props.onSort(value);
        }}
        data={memberSortKeys.map((key) => ({ value: key, label: t(`memberList.sort.${key}`) }))}
      />
      <NativeSelect
        label={t('memberList.directionLabel')}
        value={props.descending ? 'descending' : 'ascending'}
        disabled={props.sort === 'relevance'}
        onChange={(event) => props.onDescending(event.currentTarget.value === 'descending')}
        data={[
          { value: 'ascending', label: t('memberList.ascending') },
          { value: 'descending', label: t('memberList.descending') },
        ]}
      />
    </Group>
  );
}
