import { Anchor, Group, Loader, NativeSelect, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, supportedLocales, type Locale } from '../../../../../../shared/i18n/locales';
import { useStoreErrorMessage } from '../../../../i18n/use-store-error-message';
import { PrintPortal } from '../../../../print/PrintPortal';
import { useSessionData } from '../../../../session/use-session-data';
import { hashForRoute } from '../../../../shell/routes';
import { ScreenTitle } from '../../../../shell/ScreenTitle';
import { StatusMessage } from '../../../../shell/StatusMessage';
import type { Session } from '../../../../store';
import { loadMemberProfile, type MemberProfile } from '../load-member-profile';
import { useCodeLabels } from '../use-code-labels';
import { PrintReceiptButton } from './PrintReceiptButton';
import { receiptLocale } from './receipt-locale';
import { ReceiptSheet } from './ReceiptSheet';

/** `#/members/<id>/receipt`: the sheet in the member's language, to print or save as PDF. */
export function ReceiptScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const storeError = useStoreErrorMessage();
  const load = useCallback((session: Session) => loadMemberProfile(session, personId), [personId]);
  const { result } = useSessionData(load, personId);
  return (
    <section>
      <ScreenTitle>{t('receipt.title')}</ScreenTitle>
      <Anchor href={hashForRoute('members', personId)} mb="md" display="inline-block">
        {t('receipt.back')}
      </Anchor>
      {result === null && <Loader aria-label={t('profile.loading')} />}
      {result?.ok === false && (
        <StatusMessage tone="error">
          {result.error.code === 'not-found' ? t('profile.notFound') : storeError(result.error)}
        </StatusMessage>
      )}
      {result?.ok === true && <LoadedReceipt profile={result.value} />}
    </section>
  );
}

function LoadedReceipt({ profile }: { profile: MemberProfile }) {
  const { t, i18n } = useTranslation();
  const uiLocale = i18n.language as Locale;
  const [chosen, setChosen] = useState<Locale | null>(null);
  const locale = chosen ?? receiptLocale(profile.person.preferredLanguage, uiLocale);
  const codes = useCodeLabels([profile.person, profile.consents], ['iso-639-3']);
  const [printedAt] = useState(() => new Date().toISOString());
  const sheet = { profile, locale, label: codes.label, printedAt };
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('receipt.language')}
          description={t('receipt.languageHint')}
          value={locale}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isLocale(value)) setChosen(value);
          }}
        >
          {supportedLocales.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(`languages.${option}`)}
            </option>
          ))}
        </NativeSelect>
        <PrintReceiptButton personId={profile.person.id} locale={locale} ready={codes.ready} />
      </Group>
      <ReceiptSheet {...sheet} variant="preview" />
      <PrintPortal>
        <ReceiptSheet {...sheet} variant="print" />
      </PrintPortal>
    </Stack>
  );
}
