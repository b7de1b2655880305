import { Badge, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hashForRoute } from '../../../shell/routes';
import type { MemberSummary } from '../../../search/member-search-types';
import type { ListLabel } from './use-list-labels';
import classes from './MemberList.module.css';

interface MemberRowProps {
  row: MemberSummary;
  label: ListLabel;
}

/** One member in the list: a link to the profile with name, other-script name, place, work. */
export function MemberRow({ row, label }: MemberRowProps) {
  const { t } = useTranslation();
  const percent = Math.round(row.completeness * 100);
  const residence =
    row.residence === undefined
      ? t('memberList.row.noResidence')
      : (label('iso-3166-1', row.residence) ?? row.residence);
  const occupation =
    row.occupation === undefined
      ? t('memberList.row.noOccupation')
      : (label('isco-08', row.occupation) ?? row.occupation);
  return (
    <a className={classes.row} href={hashForRoute('members', row.id)}>
      <span className={classes.who}>
        <Text component="span" display="block" className={classes.name} dir="auto">
          {row.name}
        </Text>
        {row.altName !== undefined && (
          <Text
            component="span"
            display="block"
            size="sm"
            c="dimmed"
            className={classes.altName}
            dir="auto"
          >
            {row.altName}
          </Text>
        )}
      </span>
      <Text component="span" size="sm" className={classes.where}>
        {residence}
        <Text component="span" display="block" size="xs" c="dimmed" className={classes.altName}>
          {occupation}
        </Text>
      </Text>
      <span className={classes.completeness}>
        <Text component="span" size="xs" display="block">
          {t('memberList.row.completeness', { percent })}
        </Text>
        <Progress value={percent} size="xs" aria-hidden />
      </span>
      {row.draft && (
        <Badge color="orange" variant="light">
          {t('memberList.row.draft')}
        </Badge>
      )}
    </a>
  );
}
