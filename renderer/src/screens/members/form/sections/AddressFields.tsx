import { Fieldset, SimpleGrid } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormCodePicker } from '../fields/FormCodePicker';
import { FormText } from '../fields/FormText';
import type { MemberFormValues } from '../member-form-values';

/** An address: two lines, locality, postal code, country and its subdivision. */
export function AddressFields({
  name,
  legend,
}: {
  readonly name: 'addressAbroad' | 'addressHome';
  readonly legend: string;
}) {
  const { t } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const country = useWatch({ control, name: `${name}.country` });
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FormText name={`${name}.line1`} label={t('memberForm.contact.addressLine1')} />
        <FormText name={`${name}.line2`} label={t('memberForm.contact.addressLine2')} />
        <FormText name={`${name}.locality`} label={t('memberForm.contact.locality')} />
        <FormText name={`${name}.postalCode`} label={t('memberForm.contact.postalCode')} />
        <FormCodePicker
          name={`${name}.country`}
          list="iso-3166-1"
          label={t('memberForm.contact.country')}
        />
        <FormCodePicker
          name={`${name}.subdivision`}
          list="iso-3166-2"
          label={t('memberForm.contact.subdivision')}
          within={country ? `${country.code}-` : undefined}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
