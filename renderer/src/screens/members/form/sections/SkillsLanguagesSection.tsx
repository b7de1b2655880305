import { SimpleGrid, Stack } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { proficiencies } from '../../../../../../shared/domain/skills-languages';
import { newRow } from '../empty-member-form';
import { FormCodePicker } from '../fields/FormCodePicker';
import { FormEnumSelect } from '../fields/FormEnumSelect';
import { FormText } from '../fields/FormText';
import { RepeatedRows } from '../fields/RepeatedRows';
import type { MemberFormValues } from '../member-form-values';

/** Block 6: free skill tags and languages (ISO 639-3) with proficiency. */
export function SkillsLanguagesSection() {
  const { t } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const skills = useFieldArray({ control, name: 'skills' });
  const languages = useFieldArray({ control, name: 'languages' });
  return (
    <Stack gap="md">
      <RepeatedRows
        legend={t('memberForm.skillsLanguages.skills')}
        addLabel={t('memberForm.skillsLanguages.addSkill')}
        removeLabel={(n) => t('memberForm.skillsLanguages.removeSkill', { n })}
        keys={skills.fields.map((f) => f.id)}
        max={50}
        onAdd={() => skills.append(newRow.skill())}
        onRemove={skills.remove}
        row={(i) => (
          <FormText
            name={`skills.${i}.value`}
            label={t('memberForm.skillsLanguages.skill', { n: i + 1 })}
          />
        )}
      />
      <RepeatedRows
        legend={t('memberForm.skillsLanguages.languages')}
        addLabel={t('memberForm.skillsLanguages.addLanguage')}
        removeLabel={(n) => t('memberForm.skillsLanguages.removeLanguage', { n })}
        keys={languages.fields.map((f) => f.id)}
        max={20}
        onAdd={() => languages.append(newRow.language())}
        onRemove={languages.remove}
        row={(i) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FormCodePicker
              name={`languages.${i}.language`}
              list="iso-639-3"
              label={t('memberForm.skillsLanguages.language', { n: i + 1 })}
            />
            <FormEnumSelect
              name={`languages.${i}.proficiency`}
              label={t('memberForm.skillsLanguages.proficiency', { n: i + 1 })}
              values={proficiencies}
              options="proficiency"
            />
          </SimpleGrid>
        )}
      />
    </Stack>
  );
}
