import { Fieldset, SimpleGrid, Stack } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  availabilityModes,
  missionDurations,
  remunerations,
} from '../../../../../../shared/domain/contribution';
import { newRow } from '../empty-member-form';
import { FormEnumChecks } from '../fields/FormEnumChecks';
import { FormEnumSelect } from '../fields/FormEnumSelect';
import { FormMonthSelect } from '../fields/FormMonthSelect';
import { FormText } from '../fields/FormText';
import { RepeatedRows } from '../fields/RepeatedRows';
import type { MemberFormValues } from '../member-form-values';

/** Availability for missions: modes, durations, days per year, periods, volunteer or paid. */
export function AvailabilityFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const periods = useFieldArray({ control, name: 'availability.periods' });
  return (
    <Fieldset legend={t('memberForm.contribution.availability')}>
      <Stack gap="sm">
        <FormEnumChecks
          name="availability.modes"
          label={t('memberForm.contribution.modes')}
          values={availabilityModes}
          options="availabilityMode"
        />
        <FormEnumChecks
          name="availability.durations"
          label={t('memberForm.contribution.durations')}
          values={missionDurations}
          options="missionDuration"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormText
            name="availability.daysPerYear"
            label={t('memberForm.contribution.daysPerYear')}
            inputMode="numeric"
          />
          <FormEnumSelect
            name="availability.remuneration"
            label={t('memberForm.contribution.remuneration')}
            values={remunerations}
            options="remuneration"
          />
        </SimpleGrid>
        <RepeatedRows
          legend={t('memberForm.contribution.periods')}
          addLabel={t('memberForm.contribution.addPeriod')}
          removeLabel={(n) => t('memberForm.contribution.removePeriod', { n })}
          keys={periods.fields.map((f) => f.id)}
          max={12}
          onAdd={() => periods.append(newRow.period())}
          onRemove={periods.remove}
          row={(i) => (
            <SimpleGrid cols={2}>
              <FormMonthSelect
                name={`availability.periods.${i}.fromMonth`}
                label={t('memberForm.contribution.fromMonth')}
              />
              <FormMonthSelect
                name={`availability.periods.${i}.toMonth`}
                label={t('memberForm.contribution.toMonth')}
              />
            </SimpleGrid>
          )}
        />
      </Stack>
    </Fieldset>
  );
}
