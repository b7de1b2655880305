import { Checkbox, SimpleGrid, Stack } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newRow } from '../empty-member-form';
import { FormCodePicker } from '../fields/FormCodePicker';
import { FormText } from '../fields/FormText';
import { RepeatedRows } from '../fields/RepeatedRows';
import type { MemberFormValues } from '../member-form-values';

/** Block 5: education entries (ISCED level and field) and occupations (ISCO, ISIC, years). */
export function EducationWorkSection() {
  const { t } = useTranslation();
  const { control, register } = useFormContext<MemberFormValues>();
  const education = useFieldArray({ control, name: 'education' });
  const work = useFieldArray({ control, name: 'work' });
  return (
    <Stack gap="md">
      <RepeatedRows
        legend={t('memberForm.educationWork.education')}
        addLabel={t('memberForm.educationWork.addEducation')}
        removeLabel={(n) => t('memberForm.educationWork.removeEducation', { n })}
        keys={education.fields.map((f) => f.id)}
        max={20}
        onAdd={() => education.append(newRow.education())}
        onRemove={education.remove}
        row={(i) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FormCodePicker
              name={`education.${i}.level`}
              list="isced-2011"
              label={t('memberForm.educationWork.level')}
            />
            <FormCodePicker
              name={`education.${i}.field`}
              list="isced-f-2013"
              label={t('memberForm.educationWork.field')}
            />
            <FormText
              name={`education.${i}.qualification`}
              label={t('memberForm.educationWork.qualification')}
            />
            <FormText
              name={`education.${i}.institution`}
              label={t('memberForm.educationWork.institution')}
            />
            <FormCodePicker
              name={`education.${i}.country`}
              list="iso-3166-1"
              label={t('memberForm.educationWork.country')}
            />
            <FormText
              name={`education.${i}.year`}
              label={t('memberForm.educationWork.year')}
              inputMode="numeric"
            />
          </SimpleGrid>
        )}
      />
      <RepeatedRows
        legend={t('memberForm.educationWork.work')}
        addLabel={t('memberForm.educationWork.addWork')}
        removeLabel={(n) => t('memberForm.educationWork.removeWork', { n })}
        keys={work.fields.map((f) => f.id)}
        max={20}
        onAdd={() => work.append(newRow.work())}
        onRemove={work.remove}
        row={(i) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FormCodePicker
              name={`work.${i}.occupation`}
              list="isco-08"
              label={t('memberForm.educationWork.occupation')}
            />
            <FormCodePicker
              name={`work.${i}.sector`}
              list="isic-rev4"
              label={t('memberForm.educationWork.sector')}
            />
            <FormText
              name={`work.${i}.yearsOfExperience`}
              label={t('memberForm.educationWork.yearsOfExperience')}
              inputMode="numeric"
            />
            <FormText name={`work.${i}.employer`} label={t('memberForm.educationWork.employer')} />
            <Checkbox
              label={t('memberForm.educationWork.current')}
              {...register(`work.${i}.current`)}
            />
          </SimpleGrid>
        )}
      />
    </Stack>
  );
}
