import { Fieldset, SimpleGrid, Stack } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contactChannels, relationships } from '../../../../../../shared/domain/contact';
import { phoneKinds } from '../../../../../../shared/domain/phone';
import { newRow } from '../empty-member-form';
import { FormCodePicker } from '../fields/FormCodePicker';
import { FormEnumSelect } from '../fields/FormEnumSelect';
import { FormPhone } from '../fields/FormPhone';
import { FormText } from '../fields/FormText';
import { RepeatedRows } from '../fields/RepeatedRows';
import type { MemberFormValues } from '../member-form-values';
import { AddressFields } from './AddressFields';
import { HiddenNotice } from './HiddenNotice';

/** Block 2: phones, e-mail, addresses, preferred language and channel, emergency contact. */
export function ContactSection({
  hidden,
  officeCountry,
}: {
  readonly hidden: ReadonlySet<string>;
  readonly officeCountry: string | null;
}) {
  const { t } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const phones = useFieldArray({ control, name: 'phones' });
  return (
    <Stack gap="md">
      <RepeatedRows
        legend={t('memberForm.contact.phones')}
        addLabel={t('memberForm.contact.addPhone')}
        removeLabel={(n) => t('memberForm.contact.removePhone', { n })}
        keys={phones.fields.map((f) => f.id)}
        max={5}
        onAdd={() => phones.append(newRow.phone(officeCountry))}
        onRemove={phones.remove}
        row={(i) => (
          <Stack gap="xs">
            <FormPhone
              name={`phones.${i}`}
              label={t('memberForm.contact.phoneNumber', { n: i + 1 })}
            />
            <FormEnumSelect
              name={`phones.${i}.kind`}
              label={t('memberForm.contact.phoneKind', { n: i + 1 })}
              values={phoneKinds}
              options="phoneKind"
              clearable={false}
            />
          </Stack>
        )}
      />
      <FormText name="email" label={t('memberForm.contact.email')} type="email" dir="ltr" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FormCodePicker
          name="preferredLanguage"
          list="iso-639-3"
          label={t('memberForm.contact.preferredLanguage')}
        />
        <FormEnumSelect
          name="preferredChannel"
          label={t('memberForm.contact.preferredChannel')}
          values={contactChannels}
          options="channel"
        />
      </SimpleGrid>
      <AddressFields name="addressAbroad" legend={t('memberForm.contact.addressAbroad')} />
      {hidden.has('addressHome') ? (
        <HiddenNotice label={t('memberForm.contact.addressHome')} />
      ) : (
        <AddressFields name="addressHome" legend={t('memberForm.contact.addressHome')} />
      )}
      {hidden.has('emergencyContact') ? (
        <HiddenNotice label={t('memberForm.contact.emergency')} />
      ) : (
        <Fieldset legend={t('memberForm.contact.emergency')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FormText name="emergencyContact.name" label={t('memberForm.contact.emergencyName')} />
            <FormEnumSelect
              name="emergencyContact.relationship"
              label={t('memberForm.contact.relationship')}
              values={relationships}
              options="relationship"
            />
          </SimpleGrid>
          <FormPhone name="emergencyContact.phone" label={t('memberForm.contact.emergencyPhone')} />
          <FormText
            name="emergencyContact.email"
            label={t('memberForm.contact.emergencyEmail')}
            type="email"
            dir="ltr"
          />
        </Fieldset>
      )}
    </Stack>
  );
}
