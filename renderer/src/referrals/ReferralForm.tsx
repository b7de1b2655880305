import { zodResolver } from '@hookform/resolvers/zod';
import { Select, Stack, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../shared/domain/consent';
import type { PartnerInstitution } from '../../../shared/domain/organisation';
import { Organisation } from '../../../shared/domain/organisation';
import type { Person } from '../../../shared/domain/person';
import { legalBases, referralPurposes } from '../../../shared/domain/referral';
import { checkReferral, type ReferralBlock } from '../../../shared/referrals/check-referral';
import { SubmitWithProgress } from '../forms/SubmitWithProgress';
import { useFormErrorMessage } from '../forms/use-form-error-message';
import { useStoreErrorMessage } from '../i18n/use-store-error-message';
import { useActiveSession } from '../session/use-desk-session';
import { StatusMessage } from '../shell/StatusMessage';
import type { StoreError, Visible } from '../store';
import { createReferral } from './create-referral';
import { ReferralBlocks } from './ReferralBlocks';
import { canUseOtherLegalBasis, emptyReferral, ReferralValues } from './referral-values';
import { SharedFieldsPreview } from './SharedFieldsPreview';
import { todayOf } from './today';

type Outcome =
  | { kind: 'sent' }
  | { kind: 'blocked'; blocks: readonly ReferralBlock[] }
  | { kind: 'failed'; error: StoreError }
  | null;

interface ReferralFormProps {
  person: Pick<Visible<Person>, 'id' | 'processingRestricted'>;
  partners: readonly Visible<PartnerInstitution>[];
  consents: readonly Consent[];
  onSent: () => void;
}

/** Refers the member to a partner: shows what will be shared and refuses what the law forbids. */
export function ReferralForm({ person, partners, consents, onSent }: ReferralFormProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const headingId = useId();
  const fieldError = useFormErrorMessage();
  const storeError = useStoreErrorMessage();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useForm({ resolver: zodResolver(ReferralValues), defaultValues: emptyReferral });
  const { errors, isSubmitting } = form.formState;
  const [partnerId, legalBasis, reference] = useWatch({
    control: form.control,
    name: ['partnerId', 'legalBasis', 'legalBasisReference'],
  });
  const partner = partners.find((p) => p.id === partnerId);
  const parsedPartner = partner ? Organisation.safeParse(partner) : null;
  const otherBases = session !== null && canUseOtherLegalBasis(session.role);
  const preview =
    session && parsedPartner?.success
      ? checkReferral({
          person,
          consents,
          partner: parsedPartner.data,
          legalBasis,
          legalBasisReference: reference,
          today: todayOf(session.store.clock),
        })
      : null;

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    if (!session) return setOutcome({ kind: 'failed', error: { code: 'locked' } });
    const result = await createReferral(session, {
      personId: person.id,
      partnerId: values.partnerId,
      purpose: values.purpose,
      legalBasis: values.legalBasis,
      legalBasisReference: values.legalBasisReference,
    });
    if (result.kind === 'sent') form.reset(emptyReferral);
    // Sent or refused, what the panel shows is reloaded (a refusal may come from fresher data).
    onSent();
    setOutcome(result.kind === 'sent' ? { kind: 'sent' } : result);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="sm">
        {t('referrals.form.title')}
      </Title>
      <Stack gap="sm" maw="40rem">
        <Controller
          control={form.control}
          name="partnerId"
          render={({ field }) => (
            <Select
              label={t('referrals.form.partner')}
              data={partners.map((p) => ({ value: p.id, label: p.name ?? p.id }))}
              value={field.value === '' ? null : field.value}
              onChange={(v) => field.onChange(v ?? '')}
              searchable
              nothingFoundMessage={t('referrals.form.noPartner')}
              error={fieldError(errors.partnerId)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="purpose"
          render={({ field }) => (
            <Select
              label={t('referrals.form.purpose')}
              data={referralPurposes.map((p) => ({
                value: p,
                label: t(`referrals.purposes.${p}`),
              }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              allowDeselect={false}
            />
          )}
        />
        <Controller
          control={form.control}
          name="legalBasis"
          render={({ field }) => (
            <Select
              label={t('referrals.form.legalBasis')}
              description={otherBases ? undefined : t('referrals.form.consentOnly')}
              data={legalBases
                .filter((b) => otherBases || b === 'consent')
                .map((b) => ({ value: b, label: t(`referrals.legalBases.${b}`) }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              allowDeselect={false}
            />
          )}
        />
        {legalBasis !== 'consent' && (
          <TextInput
            label={t('referrals.form.legalBasisReference')}
            description={t('referrals.form.legalBasisReferenceHint')}
            error={fieldError(errors.legalBasisReference)}
            {...form.register('legalBasisReference')}
          />
        )}
        {partner?.institutionType && (
          <SharedFieldsPreview institutionType={partner.institutionType} />
        )}
        {preview?.ok === false && outcome?.kind !== 'blocked' && (
          <ReferralBlocks blocks={preview.blocks} live={false} />
        )}
        {outcome?.kind === 'blocked' && <ReferralBlocks blocks={outcome.blocks} live />}
        {outcome?.kind === 'failed' && (
          <StatusMessage tone="error">{storeError(outcome.error)}</StatusMessage>
        )}
        {outcome?.kind === 'sent' && (
          <StatusMessage tone="success">{t('referrals.form.sent')}</StatusMessage>
        )}
        <SubmitWithProgress
          busy={isSubmitting}
          label={t('referrals.form.submit')}
          working={t('referrals.form.sending')}
        />
      </Stack>
    </form>
  );
}
