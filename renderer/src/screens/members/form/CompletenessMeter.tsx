import { Progress, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  profileCompleteness,
  type CompletenessFields,
} from '../../../../../shared/domain/profile-completeness';
import type { MemberFormControl } from './member-form-resolver';
import type { MemberFormValues } from './member-form-values';
import { toPersonContent } from './to-person-content';

/** How many of the seven blocks are filled, updated as the form is filled in. */
export function CompletenessMeter({ control }: { readonly control: MemberFormControl }) {
  const { t, i18n } = useTranslation();
  const values = useWatch({ control }) as MemberFormValues;
  const completeness = useMemo(
    () => profileCompleteness(toPersonContent(values).content as CompletenessFields),
    [values],
  );
  const percent = Math.round((completeness.filled / completeness.total) * 100);
  const missing = completeness.missing.map((block) => t(`memberForm.sections.${block}`));
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(missing);
  return (
    <div aria-live="polite">
      <Text size="sm" fw={500}>
        {t('memberForm.completeness.label', {
          filled: completeness.filled,
          total: completeness.total,
        })}
      </Text>
      <Progress value={percent} aria-hidden mt={4} mb={4} />
      {missing.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('memberForm.completeness.missing', { blocks: list })}
        </Text>
      )}
    </div>
  );
}
