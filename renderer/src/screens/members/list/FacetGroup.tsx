import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCount } from '../../../search/member-search-types';
import classes from './MemberList.module.css';

/** Values shown before "Show all". */
export const FACET_PREVIEW = 6;

interface FacetGroupProps {
  legend: string;
  counts: readonly FacetCount[];
  selected: readonly string[];
  label(value: string): string;
  onToggle(value: string, checked: boolean): void;
}

/** One facet: a group of checkboxes, each with its label and how many members it would show. */
export function FacetGroup({ legend, counts, selected, label, onToggle }: FacetGroupProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const present = new Set(counts.map((c) => c.value));
  // A selected value stays visible even when nothing matches it any more, so it can be unticked.
  const values: FacetCount[] = [
    ...selected.filter((v) => !present.has(v)).map((value) => ({ value, count: 0 })),
    ...counts,
  ];
  const shown = expanded ? values : values.slice(0, FACET_PREVIEW);
  return (
    <fieldset className={classes.facet}>
      <legend className={classes.legend}>{legend}</legend>
      {values.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('memberList.noValues')}
        </Text>
      )}
      <Stack gap={6}>
        {shown.map(({ value, count }) => (
          <Checkbox
            key={value}
            size="sm"
            checked={selected.includes(value)}
            onChange={(event) => onToggle(value, event.currentTarget.checked)}
            label={t('memberList.facetOption', { label: label(value), count })}
          />
        ))}
      </Stack>
      {values.length > FACET_PREVIEW && (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('memberList.showFewer') : t('memberList.showAll', { count: values.length })}
        </Button>
      )}
    </fieldset>
  );
}
