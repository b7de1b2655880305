import { SimpleGrid, Stack } from '@mantine/core';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  citizenshipStatuses,
  identityDocumentTypes,
  sexes,
} from '../../../../../../shared/domain/identity';
import { nameScripts } from '../../../../../../shared/domain/person-names';
import { newRow } from '../empty-member-form';
import { FormCodePicker } from '../fields/FormCodePicker';
import { FormEnumSelect } from '../fields/FormEnumSelect';
import { FormNameFields } from '../fields/FormNameFields';
import { FormPartialDate } from '../fields/FormPartialDate';
import { FormText } from '../fields/FormText';
import { RepeatedRows } from '../fields/RepeatedRows';
import type { MemberFormValues } from '../member-form-values';
import { HiddenNotice } from './HiddenNotice';

/** Block 1: names per script, sex, date and place of birth, citizenships, documents. */
export function IdentitySection({ hidden }: { readonly hidden: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const citizenships = useFieldArray({ control, name: 'citizenships' });
  const documents = useFieldArray({ control, name: 'documents' });
  const birthCountry = useWatch({ control, name: 'placeOfBirth.country' });
  return (
    <Stack gap="md">
      {nameScripts.map((script) => (
        <FormNameFields key={script} script={script} />
      ))}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FormEnumSelect
          name="sex"
          label={t('memberForm.identity.sex')}
          values={sexes}
          options="sex"
        />
      </SimpleGrid>
      <FormPartialDate name="dateOfBirth" legend={t('memberForm.identity.dateOfBirth')} />
      {hidden.has('placeOfBirth') ? (
        <HiddenNotice label={t('memberForm.identity.placeOfBirth')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <FormCodePicker
            name="placeOfBirth.country"
            list="iso-3166-1"
            label={t('memberForm.identity.birthCountry')}
          />
          <FormCodePicker
            name="placeOfBirth.subdivision"
            list="iso-3166-2"
            label={t('memberForm.identity.birthSubdivision')}
            within={birthCountry ? `${birthCountry.code}-` : undefined}
          />
          <FormText name="placeOfBirth.locality" label={t('memberForm.identity.birthLocality')} />
        </SimpleGrid>
      )}
      <RepeatedRows
        legend={t('memberForm.identity.citizenships')}
        addLabel={t('memberForm.identity.addCitizenship')}
        removeLabel={(n) => t('memberForm.identity.removeCitizenship', { n })}
        keys={citizenships.fields.map((f) => f.id)}
        max={10}
        onAdd={() => citizenships.append(newRow.citizenship())}
        onRemove={citizenships.remove}
        row={(i) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FormCodePicker
              name={`citizenships.${i}.country`}
              list="iso-3166-1"
              label={t('memberForm.identity.citizenshipCountry')}
            />
            <FormEnumSelect
              name={`citizenships.${i}.status`}
              label={t('memberForm.identity.citizenshipStatus')}
              values={citizenshipStatuses}
              options="citizenshipStatus"
            />
          </SimpleGrid>
        )}
      />
      {hidden.has('documents') ? (
        <HiddenNotice label={t('memberForm.identity.documents')} />
      ) : (
        <RepeatedRows
          legend={t('memberForm.identity.documents')}
          addLabel={t('memberForm.identity.addDocument')}
          removeLabel={(n) => t('memberForm.identity.removeDocument', { n })}
          keys={documents.fields.map((f) => f.id)}
          max={10}
          onAdd={() => documents.append(newRow.document())}
          onRemove={documents.remove}
          row={(i) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <FormEnumSelect
                name={`documents.${i}.type`}
                label={t('memberForm.identity.documentType')}
                values={identityDocumentTypes}
                options="documentType"
              />
              <FormText
                name={`documents.${i}.number`}
                label={t('memberForm.identity.documentNumber')}
                dir="ltr"
              />
              <FormCodePicker
                name={`documents.${i}.issuingCountry`}
                list="iso-3166-1"
                label={t('memberForm.identity.issuingCountry')}
              />
              <FormText
                name={`documents.${i}.expiry`}
                label={t('memberForm.identity.expiry')}
                type="date"
              />
            </SimpleGrid>
          )}
        />
      )}
    </Stack>
  );
}
