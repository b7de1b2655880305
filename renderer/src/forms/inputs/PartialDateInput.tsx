import { Fieldset, Group, Radio, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatePrecision } from '../../../../shared/domain/partial-date';
import type { PartialDateEntry } from './partial-date-entry';

export interface PartialDateInputProps {
  readonly legend: string;
  readonly value: PartialDateEntry;
  readonly onChange: (value: PartialDateEntry) => void;
  readonly errors?: Partial<Record<'year' | 'month' | 'day', string>>;
  /** The id of each part's input (for focus and error links). */
  readonly idOf?: (part: 'year' | 'month' | 'day') => string;
}

const precisions: readonly DatePrecision[] = ['day', 'month', 'year'];

/** A date known to the day, the month or only the year: the precision first, then the parts. */
export function PartialDateInput({ legend, value, onChange, errors, idOf }: PartialDateInputProps) {
  const { t, i18n } = useTranslation();
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, index) => ({
      value: String(index + 1),
      label: format.format(Date.UTC(2000, index, 1)),
    }));
  }, [i18n.language]);
  const set = (patch: Partial<PartialDateEntry>) => onChange({ ...value, ...patch });
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Radio.Group
        label={t('pickers.date.precision')}
        value={value.precision}
        onChange={(precision) => set({ precision: precision as DatePrecision })}
        mb="xs"
      >
        <Group gap="md" mt={4}>
          {precisions.map((precision) => (
            <Radio key={precision} value={precision} label={t(`pickers.date.${precision}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Group align="flex-start" gap="xs">
        {value.precision === 'day' && (
          <TextInput
            id={idOf?.('day')}
            label={t('pickers.date.dayPart')}
            inputMode="numeric"
            value={value.day}
            onChange={(event) => set({ day: event.currentTarget.value })}
            error={errors?.day}
            w={90}
          />
        )}
        {value.precision !== 'year' && (
          <Select
            id={idOf?.('month')}
            label={t('pickers.date.monthPart')}
            data={months}
            value={value.month === '' ? null : String(Number(value.month))}
            onChange={(month) => set({ month: month ?? '' })}
            error={errors?.month}
            allowDeselect={false}
            w={170}
          />
        )}
        <TextInput
          id={idOf?.('year')}
          label={t('pickers.date.yearPart')}
          inputMode="numeric"
          value={value.year}
          onChange={(event) => set({ year: event.currentTarget.value })}
          error={errors?.year}
          w={110}
        />
      </Group>
    </Fieldset>
  );
}
