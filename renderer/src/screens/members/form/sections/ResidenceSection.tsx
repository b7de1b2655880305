import { SimpleGrid, Stack } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  generations,
  residenceStatuses,
  returnIntentions,
} from '../../../../../../shared/domain/residence';
import { FormCodePicker } from '../fields/FormCodePicker';
import { FormEnumSelect } from '../fields/FormEnumSelect';
import { FormText } from '../fields/FormText';
import type { MemberFormValues } from '../member-form-values';

/** Block 3: country, subdivision and city of residence; emigration; status; generation; return. */
export function ResidenceSection() {
  const { t } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const country = useWatch({ control, name: 'residence.country' });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <FormCodePicker
          name="residence.country"
          list="iso-3166-1"
          label={t('memberForm.residence.country')}
        />
        <FormCodePicker
          name="residence.subdivision"
          list="iso-3166-2"
          label={t('memberForm.residence.subdivision')}
          within={country ? `${country.code}-` : undefined}
        />
        <FormText name="residence.city" label={t('memberForm.residence.city')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FormText
          name="emigrationYear"
          label={t('memberForm.residence.emigrationYear')}
          inputMode="numeric"
        />
        <FormEnumSelect
          name="residenceStatus"
          label={t('memberForm.residence.status')}
          values={residenceStatuses}
          options="residenceStatus"
        />
        <FormEnumSelect
          name="generation"
          label={t('memberForm.residence.generation')}
          values={generations}
          options="generation"
        />
        <FormEnumSelect
          name="intentionToReturn"
          label={t('memberForm.residence.intentionToReturn')}
          values={returnIntentions}
          options="returnIntention"
        />
      </SimpleGrid>
    </Stack>
  );
}
