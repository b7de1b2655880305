import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  amountBands,
  investmentNeeds,
  investmentStages,
  investmentTypes,
} from '../../../../../../shared/domain/investment-interest';
import { FormCodePicker } from '../fields/FormCodePicker';
import { FormEnumChecks } from '../fields/FormEnumChecks';
import { FormEnumSelect } from '../fields/FormEnumSelect';

/** One investment interest: type, ISIC sector, target region, amount band and currency, stage, needs. */
export function InvestmentRow({ index }: { readonly index: number }) {
  const { t } = useTranslation();
  const at = (field: string) => `investmentInterests.${index}.${field}`;
  const n = index + 1;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <FormEnumSelect
          name={at('type')}
          label={t('memberForm.contribution.investmentType', { n })}
          values={investmentTypes}
          options="investmentType"
        />
        <FormCodePicker
          name={at('sector')}
          list="isic-rev4"
          label={t('memberForm.contribution.investmentSector', { n })}
        />
        <FormCodePicker
          name={at('targetRegion')}
          list="iso-3166-2"
          label={t('memberForm.contribution.targetRegion', { n })}
        />
        <FormEnumSelect
          name={at('stage')}
          label={t('memberForm.contribution.stage', { n })}
          values={investmentStages}
          options="investmentStage"
        />
        <FormEnumSelect
          name={at('amountBand')}
          label={t('memberForm.contribution.amountBand', { n })}
          values={amountBands}
          options="amountBand"
        />
        <FormCodePicker
          name={at('currency')}
          list="iso-4217"
          label={t('memberForm.contribution.currency', { n })}
        />
      </SimpleGrid>
      <FormEnumChecks
        name={at('needs')}
        label={t('memberForm.contribution.needs', { n })}
        values={investmentNeeds}
        options="investmentNeed"
      />
    </Stack>
  );
}
