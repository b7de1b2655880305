import { SimpleGrid, Stack } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { membershipRoles } from '../../../../../../shared/domain/contribution';
import { newRow } from '../empty-member-form';
import { FormEnumSelect } from '../fields/FormEnumSelect';
import { RepeatedRows } from '../fields/RepeatedRows';
import type { MemberFormValues } from '../member-form-values';
import { AssociationField } from './AssociationField';
import { AvailabilityFields } from './AvailabilityFields';
import { InvestmentRow } from './InvestmentRow';

/** Block 7: availability for missions, investment interests, association memberships. */
export function ContributionSection() {
  const { t } = useTranslation();
  const { control } = useFormContext<MemberFormValues>();
  const investments = useFieldArray({ control, name: 'investmentInterests' });
  const memberships = useFieldArray({ control, name: 'associationMemberships' });
  return (
    <Stack gap="md">
      <AvailabilityFields />
      <RepeatedRows
        legend={t('memberForm.contribution.investments')}
        addLabel={t('memberForm.contribution.addInvestment')}
        removeLabel={(n) => t('memberForm.contribution.removeInvestment', { n })}
        keys={investments.fields.map((f) => f.id)}
        max={10}
        onAdd={() => investments.append(newRow.investment())}
        onRemove={investments.remove}
        row={(i) => <InvestmentRow index={i} />}
      />
      <RepeatedRows
        legend={t('memberForm.contribution.memberships')}
        addLabel={t('memberForm.contribution.addMembership')}
        removeLabel={(n) => t('memberForm.contribution.removeMembership', { n })}
        keys={memberships.fields.map((f) => f.id)}
        max={20}
        onAdd={() => memberships.append(newRow.membership())}
        onRemove={memberships.remove}
        row={(i) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <AssociationField
              index={i}
              label={t('memberForm.contribution.associationName', { n: i + 1 })}
            />
            <FormEnumSelect
              name={`associationMemberships.${i}.role`}
              label={t('memberForm.contribution.associationRole', { n: i + 1 })}
              values={membershipRoles}
              options="membershipRole"
            />
          </SimpleGrid>
        )}
      />
    </Stack>
  );
}
