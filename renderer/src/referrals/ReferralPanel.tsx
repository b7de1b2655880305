import { Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Consent } from '../../../shared/domain/consent';
import type { Organisation, PartnerInstitution } from '../../../shared/domain/organisation';
import type { Person } from '../../../shared/domain/person';
import { useStoreErrorMessage } from '../i18n/use-store-error-message';
import { StatusMessage } from '../shell/StatusMessage';
import type { Visible } from '../store';
import { ReferralForm } from './ReferralForm';
import { ReferralTable } from './ReferralTable';
import { useServiceRecords } from './use-service-records';

function isPartner(o: Visible<Organisation>): o is Visible<PartnerInstitution> {
  return o.kind === 'partner';
}

/** A member's referrals on their profile: the list with its moves, and a new referral. */
export function ReferralPanel({
  person,
}: {
  person: Pick<Visible<Person>, 'id' | 'processingRestricted'>;
}) {
  const { t } = useTranslation();
  const storeError = useStoreErrorMessage();
  const service = useServiceRecords();
  const result = service.result;
  const data = useMemo(() => {
    if (result?.ok !== true) return null;
    const { organisations, referrals, consents } = result.value;
    return {
      partners: organisations.filter(isPartner),
      byId: new Map(organisations.map((o) => [o.id, o])),
      referrals: referrals.filter((r) => r.personId === person.id),
      // Consent records hold no high-risk field, so the listed ones are whole.
      consents: consents.flatMap((c) => {
        const parsed = Consent.safeParse(c);
        return parsed.success && parsed.data.personId === person.id ? [parsed.data] : [];
      }),
    };
  }, [result, person.id]);
  return (
    <section aria-labelledby="member-referrals-title">
      <Title order={2} size="h3" id="member-referrals-title" mb="sm">
        {t('referrals.panel.title')}
      </Title>
      {result === null && <Loader aria-label={t('shell.loading')} />}
      {result?.ok === false && (
        <StatusMessage tone="error">{storeError(result.error)}</StatusMessage>
      )}
      {data && (
        <Stack gap="lg">
          <ReferralTable
            referrals={data.referrals}
            partners={data.byId}
            onChanged={service.reload}
          />
          {data.partners.length === 0 ? (
            <Text>{t('referrals.panel.noPartners')}</Text>
          ) : (
            <ReferralForm
              person={person}
              partners={data.partners}
              consents={data.consents}
              onSent={service.reload}
            />
          )}
        </Stack>
      )}
    </section>
  );
}
