import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../../shared/domain/consent';
import type { Locale } from '../../../../../shared/i18n/locales';
import { StatusMessage } from '../../../shell/StatusMessage';
import type { CodeLabeler } from './code-labels';
import { formatDay } from './format-dates';
import classes from './ProfileSection.module.css';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';

interface ConsentsSectionProps {
  readonly consents: readonly Consent[];
  readonly withdrawnBy: ReadonlyMap<string, string | null>;
  readonly staffNames: ReadonlyMap<string, string>;
  readonly label: CodeLabeler;
  /** Called after a withdrawal was saved, to reload the profile. */
  readonly onWithdrawn: () => void;
}

/** Each consent purpose with its notice, method and dates; active ones can be withdrawn. */
export function ConsentsSection(props: ConsentsSectionProps) {
  const { consents, onWithdrawn } = props;
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [done, setDone] = useState(false);
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="profile-section-consents">
      <Title order={2} size="h3" id="profile-section-consents" mb="xs">
        {t('profile.consents.title')}
      </Title>
      {consents.length === 0 && <Text size="sm">{t('profile.consents.none')}</Text>}
      <Stack gap="sm" component="ul" className={classes.plainList}>
        {consents.map((consent) => (
          <ConsentItem
            key={consent.id}
            {...props}
            consent={consent}
            onWithdraw={() => {
              setDone(false);
              setWithdrawing(consent);
            }}
          />
        ))}
      </Stack>
      {done && <StatusMessage tone="success">{t('profile.consents.done')}</StatusMessage>}
      <WithdrawConsentDialog
        consent={withdrawing}
        onClose={() => setWithdrawing(null)}
        onWithdrawn={() => {
          setWithdrawing(null);
          setDone(true);
          onWithdrawn();
        }}
      />
    </Paper>
  );
}

interface ConsentItemProps extends ConsentsSectionProps {
  readonly consent: Consent;
  readonly onWithdraw: () => void;
}

function ConsentItem({ consent, withdrawnBy, staffNames, label, onWithdraw }: ConsentItemProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const purpose = t(`profile.values.purpose.${consent.purpose}`);
  const withdrawer = withdrawnBy.get(consent.id);
  const who =
    withdrawer === undefined || withdrawer === null
      ? null
      : (staffNames.get(withdrawer) ?? t('profile.consents.someoneElse'));
  return (
    <li data-consent={consent.purpose}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{purpose}</Text>
            {consent.withdrawnAt === undefined && (
              <Text size="sm" fw={700}>
                {t('profile.consents.active')}
              </Text>
            )}
          </Group>
          <Text size="sm">
            {t('profile.consents.notice', {
              version: consent.noticeVersion,
              language: label(consent.noticeLanguage, locale),
              method: t(`profile.values.method.${consent.method}`),
            })}
          </Text>
          <Text size="sm">
            {t('profile.consents.given', { date: formatDay(consent.givenAt, locale) })}
          </Text>
          {consent.withdrawnAt !== undefined && (
            <Text size="sm" fw={600} c="red.9">
              {who === null
                ? t('profile.consents.withdrawnUnknown', {
                    date: formatDay(consent.withdrawnAt, locale),
                  })
                : t('profile.consents.withdrawn', {
                    date: formatDay(consent.withdrawnAt, locale),
                    who,
                  })}
            </Text>
          )}
        </Stack>
        {consent.withdrawnAt === undefined && (
          <Button
            variant="outline"
            color="red"
            size="xs"
            onClick={onWithdraw}
            aria-label={t('profile.consents.withdrawLabel', { purpose })}
          >
            {t('profile.consents.withdraw')}
          </Button>
        )}
      </Group>
    </li>
  );
}
