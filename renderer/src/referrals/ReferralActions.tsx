import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../shared/domain/referral';
import { referralTransitions, type ReferralStatus } from '../../../shared/domain/referral-status';
import { awaitsPartner } from '../../../shared/referrals/overdue-referrals';
import { useStoreErrorMessage } from '../i18n/use-store-error-message';
import { useActiveSession } from '../session/use-desk-session';
import { hashForRoute } from '../shell/routes';
import { StatusMessage } from '../shell/StatusMessage';
import type { StoreError, Visible } from '../store';
import { moveReferral, recordReminder } from './move-referral';

interface ReferralActionsProps {
  referral: Visible<Referral>;
  /** Who the referral is about and to whom, for the buttons' accessible names. */
  subject: string;
  onChanged: () => void;
}

/** The moves open from a referral's status, a reminder while the partner is silent, its letter. */
export function ReferralActions({ referral, subject, onChanged }: ReferralActionsProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const storeError = useStoreErrorMessage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StoreError | null>(null);
  const status = referral.status;
  if (status === undefined) return null;
  const run = async (work: () => Promise<{ ok: boolean; error?: StoreError }>) => {
    setBusy(true);
    setFailure(null);
    const result = await work();
    setBusy(false);
    if (!result.ok && result.error) setFailure(result.error);
    else onChanged();
  };
  const move = (to: ReferralStatus) => session && run(() => moveReferral(session, referral, to));
  return (
    <div>
      <Group gap="xs">
        {referralTransitions[status].map((to) => (
          <Button
            key={to}
            size="xs"
            variant="default"
            disabled={busy}
            onClick={() => void move(to)}
            aria-label={t(`referrals.move.${to}Named`, { subject })}
          >
            {t(`referrals.move.${to}`)}
          </Button>
        ))}
        {awaitsPartner(status) && (
          <Button
            size="xs"
            variant="subtle"
            disabled={busy}
            onClick={() => session && void run(() => recordReminder(session, referral))}
            aria-label={t('referrals.reminder.recordNamed', { subject })}
          >
            {t('referrals.reminder.record')}
          </Button>
        )}
        <Button
          size="xs"
          variant="subtle"
          component="a"
          href={hashForRoute('referrals', 'letter', referral.id)}
          aria-label={t('referrals.letter.openNamed', { subject })}
        >
          {t('referrals.letter.open')}
        </Button>
      </Group>
      {failure && (
        <StatusMessage tone="error">
          {failure.code === 'invalid-record'
            ? t('referrals.errors.invalidMove')
            : storeError(failure)}
        </StatusMessage>
      )}
    </div>
  );
}
