import { Checkbox, Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  consentMethods,
  consentPurposes,
  type ConsentPurpose,
} from '../../../../../../shared/domain/consent';
import { fieldId } from '../fields/field-id';
import { FormCodePicker } from '../fields/FormCodePicker';
import { FormEnumSelect } from '../fields/FormEnumSelect';
import { FormText } from '../fields/FormText';
import { useFieldError } from '../fields/use-field-error';
import type { MemberFormValues } from '../member-form-values';

function PurposeCheck({
  purpose,
  active,
}: {
  readonly purpose: ConsentPurpose;
  readonly active: boolean;
}) {
  const { t } = useTranslation();
  const { register } = useFormContext<MemberFormValues>();
  const error = useFieldError(`consents.${purpose}.given`);
  return (
    <Checkbox
      id={fieldId(`consents.${purpose}.given`)}
      label={t(`memberForm.consents.purpose.${purpose}`)}
      description={
        active
          ? t('memberForm.consents.alreadyGiven')
          : t(`memberForm.consents.purposeHint.${purpose}`)
      }
      error={error}
      disabled={active}
      {...register(`consents.${purpose}.given`)}
    />
  );
}

/**
 * Consent per purpose, each recorded as its own record with the notice's version, language and
 * the method. Purposes already consented show as given; withdrawal is on the profile.
 */
export function ConsentSection({ active }: { readonly active: ReadonlySet<ConsentPurpose> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">{t('memberForm.consents.intro')}</Text>
      <Fieldset legend={t('memberForm.consents.purposes')}>
        <Stack gap="sm">
          {consentPurposes.map((purpose) => (
            <PurposeCheck key={purpose} purpose={purpose} active={active.has(purpose)} />
          ))}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('memberForm.consents.notice')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <FormText
            name="consentNotice.version"
            label={t('memberForm.consents.noticeVersion')}
            dir="ltr"
          />
          <FormCodePicker
            name="consentNotice.language"
            list="iso-639-3"
            label={t('memberForm.consents.noticeLanguage')}
          />
          <FormEnumSelect
            name="consentNotice.method"
            label={t('memberForm.consents.method')}
            values={consentMethods}
            options="consentMethod"
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
